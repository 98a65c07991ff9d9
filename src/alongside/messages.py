"""Every user-facing sentence of the use cases, by name (as jrnl's `MsgText`).

Templates take their values with `str.format`; quotes around a field's label are curly.
Both faces show these words unchanged, so the CLI and the web say the same thing.
"""

from __future__ import annotations

import re
from typing import Final


class Msg:
    """Named sentences. `Msg.FIELD_REQUIRED.format(label="Topic")`."""

    # A field of an entry ---------------------------------------------------------------
    FIELD_REQUIRED: Final = (
        "Please write something for \u201c{label}\u201d; {kind} needs it, and it can be short."
    )
    FIELD_TOO_LONG: Final = (
        "\u201c{label}\u201d is {size:,} characters; please keep it under {limit:,} "
        "(you could split it into two entries)."
    )
    FIELD_UNSTORABLE: Final = (
        "\u201c{label}\u201d has a character that can't be stored (a lone surrogate); "
        "please retype it."
    )
    FIELD_WORDS: Final = "\u201c{label}\u201d needs words."
    FIELD_TAG_WORDS: Final = "\u201c{label}\u201d needs words separated by commas."
    FIELD_TOO_MANY_TAGS: Final = (
        "\u201c{label}\u201d has {count} tags; please keep it to {limit} at most."
    )
    FIELD_DATE: Final = (
        "\u201c{label}\u201d needs a real date like 2025-03-14 (or the word today or yesterday)."
    )
    FIELD_DATETIME: Final = "\u201c{label}\u201d needs a date and time like 2025-03-14 19:00."
    FIELD_WHOLE_NUMBER: Final = "\u201c{label}\u201d needs a whole number."
    FIELD_NUMBER_RANGE: Final = "\u201c{label}\u201d needs a number from {low} to {high}."
    FIELD_NUMBER_AT_LEAST: Final = "\u201c{label}\u201d needs a number of at least {low:,}."
    FIELD_NUMBER_AT_MOST: Final = "\u201c{label}\u201d needs a number of at most {high:,}."
    FIELD_CHOICE: Final = "For \u201c{label}\u201d, please pick one of: {options}."
    FIELD_CODE: Final = (
        "\u201c{label}\u201d needs a short code (printable, up to {limit} characters)."
    )
    FIELD_TIME_ZONE: Final = (
        "\u201c{label}\u201d: {value} is not a time zone I know. Try a name like Europe/Berlin."
    )
    FIELD_RULE: Final = "\u201c{label}\u201d needs an RFC 5545 rule such as FREQ=WEEKLY;BYDAY=SU."
    FIELD_UNKNOWN: Final = "{kind} has no field called \u201c{name}\u201d. Its fields are: {names}."
    KIND_UNKNOWN: Final = "There is no kind of entry called \u201c{kind}\u201d. Known: {known}."

    # Saving an entry ---------------------------------------------------------------------
    NOTHING_SAVED_FIELDS: Final = "Nothing was saved yet. Please look at the fields marked below."

    # Coaching a message ------------------------------------------------------------------
    MESSAGE_EMPTY: Final = (
        "The message is empty. Write what you'd like to say, and I'll look at it with you."
    )
    MESSAGE_TOO_LONG: Final = (
        "That is a long message ({size:,} characters). The coach reads up to {limit:,} at a "
        "time; please try one part first."
    )
    REPLY_TOO_LONG: Final = "Please keep a reply under {limit:,} characters."
    FEELING_UNCLEAR: Final = (
        "Please name a feeling in a word or two, like hurt, worried or left out."
    )
    # When nothing in a message pushes; "Lovely." only where the message is warm.
    NOTHING_PUSHES: Final = "Nothing here looks pushing."
    NOTHING_PUSHES_WARM: Final = "Nothing here looks pushing. Lovely."
    SOME_WORDS_LEFT: Final = "Some words may land harder than you mean."
    # Nothing the rules or the finding heads name, but the learned layer reads a sentence as
    # likely to push (coach.learned.leaning): said plainly, never "Lovely"; {q} is the sentence.
    LEANS_PUSHING: Final = (
        "{q} may land harder than you mean. Read it once as they would: if there's an edge in "
        "it, they'll hear the edge more than what you mean."
    )
    TIP_LEAN: Final = (
        "If there is an edge, say plainly what happened, how it is for you and the one thing "
        "you'd like, in your own words."
    )
    # The same note, naming what the sentence may read as (coach.suspicion, issue 12: blind
    # round 11 rated the unnamed note 2 on pushes, "a veiled threat gets 'nothing here is a
    # clear push'"); {q} is the sentence in quotes. Still a "may": it is not a finding.
    LEANS_AS: Final = {
        "threat": (
            "{q} may read as a threat, even if you don't mean it as one: someone who feels "
            "threatened fights back or shuts down, and hears little else."
        ),
        "dig": (
            "{q} may read as a dig, even if you mean it lightly: in a message they'll hear the "
            "edge more than what you mean."
        ),
        "judgement": (
            "{q} may read as a judgement of them, even if you don't mean it that way: people "
            "defend themselves against a judgement instead of hearing what you need."
        ),
        "comparison": (
            "{q} may read as a comparison with someone else, even if you don't mean it that "
            "way: people hear that they are not enough, and stop listening."
        ),
        "guilt": (
            "{q} may read as a guilt trip, even if you don't mean it that way: held up as a "
            "debt, what you gave makes them defend themselves instead of hearing you."
        ),
        "blame": (
            "{q} may read as blame, even if you don't mean it that way: people defend "
            "themselves instead of hearing how it was for you."
        ),
        "pressure": (
            "{q} may read as pressure, even if you don't mean it that way: people push back "
            "when they feel cornered, even toward something good."
        ),
        "shutting": (
            "{q} may read as shutting them out, even if you only need some space: they may hear "
            "that you are done with them, not that you need a break."
        ),
    }
    TIP_LEAN_AS: Final = {
        "threat": (
            "If you are near a limit, say it calmly as what you will do and why, not as a "
            "warning of what will happen to them."
        ),
        "dig": (
            "If something under it is bothering you, say it straight instead: what happened, "
            "how it was for you, and the one thing you'd like."
        ),
        "judgement": (
            "Say what happened and how it was for you, rather than what they are or how "
            "someone else does it."
        ),
        "comparison": (
            "Leave the other person out: say what you'd like from them, in your own words."
        ),
        "guilt": (
            "Say what hurts now and what you'd like, on its own; what you gave can be said "
            "another time, as something that mattered to you."
        ),
        "blame": (
            "Say how it was for you and what you'd like from here, rather than whose fault it was."
        ),
        "pressure": (
            "Ask rather than tell: one small request in your own words, with room for them to "
            "say no."
        ),
        "shutting": (
            "If you need a break, say so, and say when you'll come back to it, like \u201cI need "
            "an hour to calm down; can we talk after dinner?\u201d"
        ),
    }
    # The idea when nothing in a message pushes (coach.compose.tip): one concrete next step.
    TIP_END_WITH_REQUEST: Final = (
        "You could end with one small request they can say yes to, like \u201c{ask}\u201d"
    )
    TIP_FEELING_AND_REQUEST: Final = (
        "You could add how this is for you, in your own word (\u201cI feel hurt\u201d, "
        "\u201cI feel worried\u201d, if that is true for you), and end with one small "
        "request, like \u201c{ask}\u201d"
    )
    TIP_ADD_FEELING: Final = (
        "You could add one short sentence about how this is for you, like \u201cI feel "
        "hurt\u201d or \u201cI feel worried\u201d, if that is true for you."
    )
    TIP_SEND_AS_IT_IS: Final = "You could send it as it is: it already says how it is for you."
    # Kind words that the same message may take back (coach.edge): a hedged note, not praise.
    TIP_EDGE: Final = (
        "If this is meant warmly, it can go as it is. If there's an edge to it, they'll hear "
        "the edge more than the words: say plainly what happened and what you wanted instead."
    )
    TIP_SEND_IT_CLEAR: Final = "You could send it as it is: it's clear, and it says what you mean."
    # Words that may land as a dig though no rule read them as pushing (coach.compose._stings);
    # {q} is the sentence, quoted.
    TIP_MAY_STING: Final = (
        "Before you send it, read {q} as they will: it may land as a dig, and they'll answer "
        "the dig, not your point. You could say what happened, how it was for you, and the one "
        "thing you'd like."
    )
    # A feeling they told you about, said back in disbelief (rules: contempt dismissed_feeling);
    # {q} is the quoted words.
    NOTE_DISMISSED_FEELING: Final = (
        "{q} doubts a feeling they told you about, and they'll hear that you don't believe "
        "them. If you're worn out too, say that plainly, and ask how it is for them."
    )
    TIP_SEND_IT_INVITES: Final = (
        "You could send it as it is: it asks for one clear thing, and leaves them free to say "
        "yes or no."
    )
    TIP_SEND_IT_YOURS: Final = (
        "You could send it as it is: it says what you want, in your own words."
    )
    TIP_SEND_IT_ASKS: Final = (
        "You could send it as it is: it asks for their side and leaves room for their answer."
    )
    # Taking the blame for their anger, or giving up friends to keep the peace (issue 12): a
    # warning sign of control; no praise, a gentle word for the person, never a diagnosis.
    APPEASING_NOTE: Final = (
        "Saying sorry for their anger, or promising to give up friends or plans so they won't "
        "be upset, can mean that keeping the peace has become your job. How they feel is theirs "
        "to manage, and seeing the people you love is not something to trade for calm. If it "
        "often feels like walking on eggshells, you deserve support of your own: a friend you "
        "trust, or a helpline, can listen without judging."
    )
    # A word about the person's own support in a hard situation (coach.rewrite.support_for):
    # it fits what they told (blind raters: one stock "a lot to carry" line read as generic).
    # Words meant for the coach, not the partner (app.coach.for_yourself; context12g): no
    # "send it as it is" and nothing to send; a warm line, then one of the app's tools for it.
    FOR_YOU_SAY: Final = (
        "This reads like a question for you rather than words to send them, and it's a good "
        "one to ask. To find words that feel like yours, try the words out loud first: "
        "rehearsal (Questions and rehearsal, or alongside rehearse) lets you answer a likely "
        "reply and get coached on each line."
    )
    FOR_YOU_REACH: Final = (
        "This reads like a question for you rather than words to send them. Nobody can make "
        "someone open up, but a curious question often helps more than a push: the question "
        "bank (Questions and rehearsal, or alongside questions) has open questions by topic, "
        "including drinking, medication, grief and anger."
    )
    # Asking the app to read one's own words ("does this sound ok to send"; fix19): the words
    # themselves are what the coach can read.
    FOR_YOU_CHECK: Final = (
        "This reads like a question for the app about your own words, not words to send them, "
        "and it's a kind thing to check first. Type or paste the message itself, just as you'd "
        "send it, and the coach will read it the way they might hear it: what may land hard, "
        "what already invites, and a gentler way to say it if you want one."
    )
    FOR_YOU_DOUBT: Final = (
        "This sounds like you wondering about yourself, not words for them, and that you "
        "wonder shows how much you care. One question to ask yourself: what would you say to a "
        "friend who told you this? A few lines in your journal (Journal, or alongside journal) "
        "about what happened and how you responded can show you, over time, what is yours to "
        "work on and what isn't."
    )
    FOR_YOU_VENT: Final = (
        "This reads like something for you rather than words to send them, so there is nothing "
        "here to rework, and it's okay to need to say it somewhere. One small step for "
        "you: what would help you feel a bit more supported this week, a friend to talk to, an "
        "hour that is just yours? When you do want to raise it with them, Before we talk "
        "(alongside ready) can help you pick a calm moment."
    )
    # Someone else's view of the writer or of them, told to the app ("my mate reckons im too
    # soft on him"; about13): their view is one view, the writer's own is asked for.
    FOR_YOU_OTHERS: Final = (
        "This reads like you thinking it over, not words for them. What other people say can "
        "weigh on you, and it is only one view: you're the one who knows what it is like with "
        "them. One question to ask yourself: leaving their view aside, what would feel fair, to "
        "you and to them? A line or two in your journal (Journal, or alongside journal) can "
        "help you hear your own answer."
    )
    # What happened with them, told to the app in the third person (about13): good news or
    # hard, nothing to rework; keeping it, and one question for the person.
    FOR_YOU_STORY: Final = (
        "This reads like you telling what happened with them, not words to send them, so there "
        "is nothing here to rework. One question to ask yourself: how did it leave you feeling, "
        "and is there anything you need now? Writing it in your journal (Journal, or alongside "
        "journal) keeps it for when you want to look back or talk it through."
    )
    # What the partner said or thinks of the writer, told to the app ("he keeps saying i'm
    # the problem"; about13): their words are their view, the writer's own is asked for.
    FOR_YOU_TOLD: Final = (
        "This reads like you telling what they said, not words to send them. Hearing that "
        "about yourself can sting, and what they said is their view of you, not the whole "
        "truth about you. One question to ask yourself: is there any part of it you'd want to "
        "own, and which part isn't yours to carry? A line or two in your journal (Journal, or "
        "alongside journal) about what was said and how it left you can show you patterns "
        "over time."
    )
    # Harsh words about oneself, told to the app ("I'm such an idiot for yelling"; about13):
    # kindness, then repair if they want it.
    FOR_YOU_SELF: Final = (
        "This sounds like you being hard on yourself, not words for them. Owning what happened "
        "is already a good start, and one hard moment doesn't make you a bad person. If you "
        "want to put it right, a short apology that names what you did, without putting "
        "yourself down, is enough{example}, and then one thing you'd try next time. You can "
        "try the words out loud first in rehearsal (Questions and rehearsal, or alongside "
        "rehearse)."
    )
    # What the person said they feel, fear or want, said back (app.coach.reflect; about13).
    FOR_YOU_HEARD: Final = "It makes sense that {feeling}."
    FOR_YOU_DRINKING: Final = (
        "On the drinking itself, support for you matters whatever they decide: a group for "
        "families of people who drink, or a counsellor just for you."
    )
    FOR_YOU_LOW_MOOD: Final = (
        "If they seem very low, it's okay to ask gently how they are really doing, and a GP is "
        "a good first step for low mood; if you ever fear they might harm themselves, call "
        "your local emergency number. Your own support matters too: a friend you trust, or a "
        "counsellor just for you."
    )
    FOR_YOU_AGAIN: Final = (
        "If this keeps happening, a counsellor just for you is a good place to work out what "
        "sets it off."
    )
    SUPPORT_AFFAIR: Final = (
        "Finding out you were lied to shakes everything. Whatever you decide, you deserve "
        "someone on your side while you work it out: a friend you trust, or a counsellor just "
        "for you."
    )
    SUPPORT_ENDING: Final = (
        "Ending things is hard even when it is the right call. Over the next days, lean on "
        "someone who is on your side: a friend you trust, or a counsellor just for you."
    )
    SUPPORT_PUT_DOWN: Final = (
        "Being screamed at or put down is not something you have to get used to. Talking it "
        "through with someone just for you, a friend you trust or a counsellor, can help you "
        "see it clearly."
    )
    SUPPORT_CONTROL: Final = (
        "Being checked on, threatened or told what you may do is not your fault, and not yours "
        "to sort out alone. A helpline can listen and help you think it through, at your own "
        "pace."
    )
    SUPPORT_GENERAL: Final = (
        "You don't have to carry this on your own: a friend you trust, or a counsellor just "
        "for you, can help."
    )
    # Accounting for small spending to a partner who asks for it (coach.rewrite.
    # accounts_for_money): a sign of financial control; no praise, a gentle word, never a label.
    APPEASING_MONEY_NOTE: Final = (
        "Having to send statements, or say sorry for small everyday spending, can mean that "
        "keeping the peace about money has become your job. Small everyday spending is not "
        "something you should have to explain. If this happens often, or you feel watched "
        "over money, you deserve support of your own: a friend you trust, or a helpline that "
        "knows about money and control, can listen and help you think it through."
    )
    # Words about the partner's body or weight (coach.rewrite.criticises_body): the idea shown
    # instead of "send it as it is".
    # How they were treated (a put-down, being shouted at): nothing to soften; one line of how
    # it was for them is offered, never asked of them.
    TIP_TREATED: Final = (
        "Nothing here needs softening. If you want to, you could add one line about how it "
        "was for you, in your own words."
    )
    # Telling the partner where one is staying after leaving home for the night (app.coach.
    # care_note): a gentle word, never a diagnosis.
    WHERE_YOU_ARE: Final = (
        "Your limit stays as you said it. Before you send it: if you are not sure how they "
        "will react, you don't have to say where you are staying; you can say you are safe "
        "without saying where. If you feel unsafe, a domestic-abuse helpline can help you "
        "think it through (alongside safety lists them)."
    )
    # The Why of a note on a sentence that threatens to do something to them (cli note_why).
    WHY_THREAT: Final = (
        "A threat to do something to them puts them on guard; what is done under a threat "
        "rarely lasts, and it rarely feels safe."
    )
    TIP_BODY: Final = (
        "Words about their body or weight tend to land as shame, and shame makes change "
        "harder, not easier. If the worry is their health, you could say that worry on its "
        "own and ask one thing, like \u201cI'm worried about your health. Would you book a "
        "check-up?\u201d How you feel about closeness is better said face to face, gently, "
        "than in a message."
    )
    # A counsellor's or doctor's verdict on the partner, passed on (coach.rewrite.
    # passes_on_a_verdict): never "someone else's words, keep them".
    PASSED_ON_VERDICT: Final = (
        "Passing on a counsellor's or doctor's verdict makes it one they can't answer: "
        "they'll argue with the verdict, not hear you. You could leave it out, and say what "
        "you have seen yourself (what they did, and when) and how it is for you."
    )
    TIP_LIMIT: Final = (
        "You could send it as it is: it says calmly what you will do, and leaves it there."
    )
    TIP_LIMIT_SHOUTED: Final = (
        "You could keep this limit and say it when you are both calm, as what you will do "
        "from now on."
    )
    # What kind of message it is, when nothing pushes (coach.compose.tip): each gets its own
    # word, often "nothing to change" (blind round 5: one reply for all read as a template).
    TIP_APPRECIATION: Final = (
        "Nothing to change: it names what they did and what it meant to you, which is what "
        "makes thanks land."
    )
    TIP_AFFECTION: Final = "Nothing to change: a warm message like this is best sent just as it is."
    TIP_APOLOGY: Final = (
        "Nothing to change: it owns what you did without a \u201cbut\u201d, which makes it "
        "easy to hear."
    )
    TIP_DECISION: Final = (
        "Nothing to soften: it tells them plainly what you have decided, and it stays yours."
    )
    TIP_DISCLOSURE: Final = (
        "Nothing to change: it says plainly what you are going through, and that takes "
        "courage. Whatever they say back, you deserve support of your own too, like your GP or "
        "a friend you trust."
    )
    TIP_DISCLOSURE_HELPED: Final = (
        "Nothing to change: it says plainly what you are going through and what you are doing "
        "about it, and that takes courage."
    )
    TIP_THANK_FIRST: Final = (
        "You could start with one thing they did lately that you liked, and thank them for it."
    )
    TIP_INVITE_THEIR_SIDE: Final = (
        "You could end with a question that invites their side, like \u201c{ask}\u201d"
    )

    # The passphrase ----------------------------------------------------------------------
    PASSPHRASE_EMPTY: Final = (
        "Please choose a passphrase. It is the only key to your private record."  # noqa: S105
    )
    PASSPHRASE_TOO_SHORT: Final = (
        "Please choose a passphrase of at least {low} characters; "  # noqa: S105
        "a few unrelated words are easy to remember and hard to guess."
    )
    PASSPHRASE_TOO_LONG: Final = "Please keep the passphrase under {high:,} characters."  # noqa: S105
    PASSPHRASE_MISMATCH: Final = (
        "The two passphrases are not the same. Please type it twice, exactly."  # noqa: S105
    )

    # The private record (vault) ----------------------------------------------------------
    NO_RECORD: Final = "You don't have a private record yet. Create one with: alongside init"
    NO_RECORD_WEB: Final = (
        "You don't have a private record yet. Create one first (open the app in your browser)."
    )
    RECORD_EXISTS: Final = "You already have a private record at {path}. Nothing was changed."
    RECORD_LOCKED: Final = "Your private record is locked. Please unlock it again."
    RECORD_LOCKED_WEB: Final = (
        "Your private record is locked. Enter your passphrase to open it again."
    )
    GREET_RECORD_AT: Final = "Your private record is at {path}."
    GREET_NO_RECORD: Final = "You don't have a private record yet. Creating one takes a minute."
    RECORD_LOCKED_ENV: Final = (
        "Your private record is locked. Set {env} or type your passphrase when asked."
    )
    RECORD_IN_USE: Final = (
        "Your private record is open in another Alongside window right now (perhaps the web "
        "app, still unlocked, or another command). Please lock or close it there, then try "
        "again. Nothing was changed."
    )
    RECORD_BEING_REPLACED: Final = (
        "Your private record is being restored, changed or removed by another Alongside window "
        "right now. Please try again in a moment; nothing was changed."
    )
    RECORD_REPLACED: Final = (
        "The file of your private record was replaced or removed by something outside this "
        "window (a restore, perhaps, or a copy), so Alongside locked it to keep both safe. What "
        "you were saving just now was not saved: please unlock and save it again."
    )
    RECORD_BUSY: Final = (
        "Your private record is busy: another Alongside window is saving to it right now. "
        "Please try again in a moment; nothing was changed."
    )
    DISK_FULL: Final = (
        "Your disk is full, so Alongside couldn't save just now. Nothing was lost: everything "
        "saved before is safe and unchanged. Please free some space, then try again."
    )
    WRONG_PASSPHRASE: Final = (
        "That passphrase does not open this record. Nothing was changed. "  # noqa: S105
        "Please check for typos and Caps Lock, and try again."
    )
    WRONG_PASSPHRASE_FORM: Final = (
        "That passphrase does not open this record. Your words are still here."  # noqa: S105
    )
    PASSPHRASE_NEEDED: Final = "Please enter your passphrase."  # noqa: S105
    PASSPHRASE_NOT_GIVEN: Final = (
        "I need your passphrase: set {env} or use --passphrase-file "  # noqa: S105
        "(or run this in a terminal to be asked)."
    )
    PASSPHRASE_FILE_UNREADABLE: Final = "Can't read the passphrase file {path} ({why})."  # noqa: S105
    PASSPHRASE_FILE_NOT_UTF8: Final = "The passphrase file {path} isn't UTF-8 text."  # noqa: S105
    PASSPHRASE_FILE_EMPTY: Final = "The passphrase file {path} is empty."  # noqa: S105
    PASSPHRASE_CHANGED: Final = (
        "Your passphrase is changed. Backups made before keep their old passphrase."  # noqa: S105
    )
    HEADER_UNREADABLE: Final = (
        "The header of your private record is damaged (its key settings can't be read). "
        "Nothing was changed; restore from a backup if you have one."
    )
    HEADER_IMPOSSIBLE: Final = (
        "The header of your private record asks for key settings no version of Alongside uses "
        "(up to {gib} GiB of memory and {passes} passes): it was changed or damaged. Nothing "
        "was changed; restore from a backup if you have one."
    )
    HEADER_KEY_UNREADABLE: Final = (
        "The header of your private record is damaged (the wrapped key can't be read). "
        "Nothing was changed; restore from a backup if you have one."
    )
    KEY_WRONG_LENGTH: Final = (
        "The key of your private record has the wrong length. Nothing was changed."
    )
    KEY_SETTING_UNKNOWN: Final = (
        "This private record uses a key setting ({algorithm} v{version}) this version of "
        "Alongside doesn't know. Please update Alongside to open it."
    )
    RECORD_TOO_NEW: Final = (
        "This private record was written by a newer version of Alongside. Please update "
        "Alongside to open it; nothing was changed."
    )
    KIND_TOO_NEW: Final = (
        "Your private record has entries of a kind ('{kind}') this version of Alongside "
        "doesn't know. Please update Alongside; nothing was changed."
    )
    NOT_OURS_OR_DAMAGED: Final = (
        "The file at {path} is not an Alongside {what} (or it is damaged). Nothing was changed."
    )
    NOT_OURS: Final = "The file at {path} is not an Alongside {what}. Nothing was changed."
    FIELD_DAMAGED: Final = (
        "The stored '{field}' of entry {entry_id} {what}: it was changed or damaged on disk. "
        "Nothing was changed. You can delete that entry or restore from a backup."
    )
    ENTRY_DAMAGED: Final = (
        "This {singular} ({shown_id}) could not be read (it may be damaged), so it can't be "
        "changed. Nothing was changed; you can delete it, or restore a backup."
    )
    DAMAGED_TITLE: Final = "This entry could not be read (it may be damaged); you can delete it."
    NO_SUCH_ENTRY: Final = (
        "There is no entry '{entry_id}' in your private record (it may have been deleted)."
    )
    ID_AMBIGUOUS: Final = (
        "More than one entry starts with '{prefix}': {shown}{more}. Please give more of its "
        "id, as a list shows it. Nothing was changed."
    )
    SEARCH_EMPTY: Final = "Please give a word or two to search for."
    ENTRIES_MISSING: Final = (
        "{what} your private record held {verb} missing from the file: it may have been "
        "changed outside Alongside, or an older copy put back. Each entry shown here passed "
        "its own check, and a backup may still hold what is missing. {hint}"
    )
    ENTRIES_MISMATCH: Final = (
        "The entries in your private record don't match what Alongside last saved: the file "
        "may have been changed outside Alongside, or parts of an older copy put back. Each "
        "entry shown here passed its own check. {hint}"
    )
    ACCEPT_HINT: Final = "If you know why, 'alongside verify --accept' stops this note."

    # Export, import, backup and restore ------------------------------------------------------
    EXPORT_WARNING: Final = (
        "This file is NOT encrypted: anyone who can open it can read your private record. "
        "Keep it somewhere safe, and delete it when you no longer need it."
    )
    IMPORT_NOT_UTF8: Final = (
        "This file isn't UTF-8 text (a bad byte at position {position}), so it can't be an "
        "Alongside export. Nothing was imported."
    )
    IMPORT_NOT_JSON: Final = (
        "This file isn't valid JSON (line {line}, column {column}: {why}). Nothing was imported."
    )
    IMPORT_TOO_DEEP: Final = (
        "This file isn't an Alongside export (its JSON is nested too deeply or holds an "
        "impossibly long number). Nothing was imported."
    )
    IMPORT_NOT_OURS: Final = (
        'This file isn\'t an Alongside export (its "format" is not "{format}"). '
        "Nothing was imported."
    )
    IMPORT_NO_VERSION: Final = 'This export has no valid "version". Nothing was imported.'
    IMPORT_TOO_NEW: Final = (
        "This export was made by a newer version of Alongside (format version {version}; this "
        "one reads up to {known}). Please update Alongside. Nothing was imported."
    )
    IMPORT_NO_ENTRIES: Final = 'This export has no "entries" list. Nothing was imported.'
    IMPORT_NOT_OBJECT: Final = "Entry {number} is not an object. Nothing was imported."
    IMPORT_MISSING: Final = "Entry {number} is missing {keys}. Nothing was imported."
    IMPORT_FIELDS_NOT_OBJECT: Final = (
        'Entry {number}: "fields" must be an object. Nothing was imported.'
    )
    IMPORT_BAD_ID: Final = (
        "Entry {number} has an id that isn't 32 hex characters. Nothing was imported."
    )
    IMPORT_REPEATED_ID: Final = "Entry {number} repeats id {entry_id}. Nothing was imported."
    IMPORT_BAD_ENTRY: Final = (
        "Entry {number} ({entry_id}) can't be imported: {why} Nothing was imported."
    )
    IMPORT_BAD_TIME: Final = (
        "Entry {number}: {key!r} must be an ISO 8601 time with a UTC offset, got {value!r}. "
        "Nothing was imported."
    )
    IMPORT_TIME_RANGE: Final = (
        "Entry {number}: {key!r} ({value}) falls outside the range of dates Alongside can "
        "store (years 1 to 9999 in UTC). Nothing was imported."
    )
    BACKUP_DISK_FULL: Final = (
        "There isn't room on the disk for a backup at {dest}, so nothing was written there. "
        "Nothing was lost: your private record is as it was. Please free some space, then try "
        "again."
    )
    NO_BACKUP_FILE: Final = "There is no backup file at {path}. Nothing was changed."
    BACKUP_DAMAGED: Final = "The backup is damaged ({why}). Nothing was changed."
    BACKUP_FAILED_CHECK: Final = "The backup failed its integrity check. Nothing was changed."

    # Settings and where files live -----------------------------------------------------------
    HOME_IS_FILE: Final = (
        "{env} is set to {home}, which is a file, not a folder. Please set it to a folder (it "
        "is made if missing), or unset it to use the usual place. Nothing was changed."
    )

    # Asking before a change -----------------------------------------------------------------
    NOTHING_CHANGED: Final = "Nothing was changed."
    NOTHING_CHANGED_ADD_YES: Final = (
        "Nothing was changed. To do this without being asked, add --yes."
    )
    NOTHING_CHANGED_WIPE_YES: Final = "Nothing was changed. To wipe without being asked, add --yes."
    STOPPED: Final = "Stopped. Nothing was changed."

    # Making, moving and removing the record (alongside init, export, import, backup, ...) ---
    RECORD_READY: Final = (
        "Your private record is ready at {path}.\n"
        "Everything you write in it is encrypted with your passphrase. If you forget the\n"
        "passphrase, nobody (including us) can recover what is inside, so keep it safe.\n"
        "Next: alongside journal add (it opens your editor, or asks you here)"
    )
    TEST_KDF_NOTE: Final = "Note: {env}=test makes passphrases cheap to guess; it is for tests."
    CANT_WRITE_TO: Final = "Can't write to {path} ({why}). Nothing was written there."
    OUT_IS_FOLDER: Final = "{path} is a folder; please give a file name, e.g. {path}/export.json"
    OUT_IS_RECORD: Final = "That is your private record itself; please choose another file."
    OUT_EXISTS: Final = "{path} already exists. Choose another name or add --force."
    EXPORTED: Final = "Exported {count} entries to {path}."
    IMPORTED: Final = "Imported {added} entries ({skipped} were already there)."
    IMPORT_REPAIRED_ONE: Final = "1 entry that could not be read is whole again, from the file."
    IMPORT_REPAIRED: Final = (
        "{count} entries that could not be read are whole again, from the file."
    )
    NO_IMPORT_FILE: Final = "There is no file at {path}. Nothing was imported."
    IMPORT_TOO_LARGE: Final = "{path} is too large to be an export. Nothing was imported."
    BACKED_UP: Final = "Saved an encrypted backup to {path}. It opens with your current passphrase."
    RESTORE_ASK: Final = "Replace your current private record with this backup?"
    RESTORED: Final = "Restored your private record from the backup."
    RESTORE_KEPT: Final = "The record it replaced is kept at {path}."
    NOTHING_TO_WIPE: Final = "There is no private record here to wipe. Nothing was changed."
    WIPE_ASK: Final = (
        "This removes everything you wrote and cannot be undone. Type WIPE to go ahead"
    )
    WIPED: Final = "Removed {count} file(s). Your private record is gone from this device."
    VERIFY_ACCEPT_ASK: Final = "Expect the entries the file holds now from here on?"
    VERIFY_ACCEPTED: Final = (
        "Done: Alongside now expects the {count} entries the file holds, and will tell you if "
        "that changes."
    )
    VERIFY_EMPTY: Final = "Your private record is empty so far, and nothing is missing."
    VERIFY_ONE: Final = "Your one entry passed its checks, and none are missing."
    VERIFY_ALL: Final = "All {count} entries passed their checks, and none are missing."
    VERIFY_DAMAGED_ONE: Final = (
        "1 of {total} entries could not be read (it may be damaged). Everything else is fine. "
        "You can delete it with:"
    )
    VERIFY_DAMAGED: Final = (
        "{count} of {total} entries could not be read (they may be damaged). Everything else "
        "is fine. You can delete them with:"
    )

    # Entries, as the faces speak of them ---------------------------------------------------
    ENTRY_GONE: Final = "That entry is not here. It may have been deleted."
    ENTRY_SAVED: Final = "Saved your {singular} ({shown_id})."
    ENTRY_CHANGED: Final = "Changed your {singular} ({shown_id})."
    ENTRY_DELETED: Final = "Deleted the {singular} ({shown_id})."
    ENTRY_OTHER_KIND: Final = (
        "Entry {entry_id} is {actual}, not {wanted}. Try: alongside {kind} show {entry_id}"
    )
    GIVE_FIELD: Final = "Please give '{label}', e.g. --{option} \"...\"."
    NOTHING_TO_CHANGE: Final = (
        "Nothing to change, so nothing was changed. To change other fields, give them, e.g. "
        'alongside {command} edit {entry_id} --{option} "..."'
    )
    NOTHING_SAVED_GIVE: Final = "{where}, so nothing was saved. Please give '{label}'."
    NOTHING_WRITTEN: Final = "Nothing was written"
    NOTHING_ON_STDIN: Final = "Nothing came in on stdin (e.g. alongside {command} < words.txt)"
    EDITOR_FAILED: Final = "I couldn't open your editor ({editor}), so please type it here instead."
    KEEP_WORDS_HINT: Final = (
        "Type the new words (press Enter on an empty line to keep them as they are)."
    )
    READING_STDIN: Final = "Reading '{label}' from stdin (finish with Ctrl-D)\u2026"
    STDIN_TOO_LARGE: Final = (
        "What came in for '{label}' is larger than {mib} MiB, more than one entry holds. "
        "Nothing was saved; please split it into several."
    )
    STDIN_NOT_UTF8: Final = (
        "What came in for '{label}' isn't UTF-8 text, so nothing was saved. Save it as plain "
        "text and try again: alongside {command} < words.txt"
    )

    # Invitations, check-ins, the review and plots -------------------------------------------
    OUT_IS_FOLDER_FILE: Final = "{path} is a folder. Give a file name, e.g. {example}."
    COULD_NOT_WRITE: Final = "I couldn't write {path}: {why}."
    COULD_NOT_WRITE_PLOTS: Final = "I couldn't write plots to {path}: {why}."
    NOTHING_SAVED: Final = "Nothing was saved. {why}"
    INVITE_GIVE_HOW: Final = (
        "Say in a few words how you raised it, e.g. alongside invite add < words.txt."
    )
    INVITE_SAVED: Final = "Saved ({shown_id}). Thank you for noting it."
    INVITE_DOOR_OPEN: Final = (
        "A no today keeps the door open for later. The plan won't suggest asking again "
        "for at least {days} days, and only after a calm week."
    )
    NO_INVITATIONS: Final = "No invitations noted yet. There is no hurry."
    CHECKIN_SAVED: Final = (
        "Saved ({shown_id}). Showing up regularly is the point, not a perfect talk."
    )
    SCHEDULE_SAVED: Final = "Saved. See what's next with: alongside checkin next"
    NO_SCHEDULE: Final = (
        "No check-in schedule yet. Set one up with: "
        "alongside checkin schedule --weekday sun --time 19:00 --tz Europe/Berlin"
    )
    NO_SCHEDULE_TO_EXPORT: Final = (
        "No check-in schedule to export yet. Set one up with: "
        "alongside checkin schedule --weekday sun --time 19:00 --tz Europe/Berlin"
    )
    CALENDAR_SAVED: Final = (
        "Saved the calendar file to {path}. Open it with your calendar app to add the check-ins."
    )
    REVIEW_SAVED: Final = "Saved a printable review to {path}."
    PLOTS_EMPTY: Final = "Your record is empty so far, so the plots say so. They fill in as you go."
    START_NOT_A_DATE: Final = '"{text}" is not a date I can use. Write it like 2026-03-15.'
    NOT_A_TIME_ZONE: Final = '"{text}" is not a time zone I know. Use a name like {example}.'
    NOT_A_WEEKDAY: Final = '"{text}" is not a day of the week. Use one like sun, mon or friday.'
    NOT_A_TIME: Final = '"{text}" is not a time I can use. Write it like 19:00 (24-hour).'
    WEEKS_APART: Final = "Every {weeks} weeks won't work: choose 1 to {most}."
    START_TOO_FAR: Final = (
        "{start} is more than {years} years away. Choose a start date in the next year or so "
        "(or leave it out to start this week)."
    )
    START_PASSED: Final = "{start} has already passed, so the check-ins start from today."
    CLOCKS_JUMP: Final = (
        "{clock} does not exist on {day} in {zone}: the clocks jump forward that night. Choose "
        "another time (like 19:00) or another start date."
    )
    FIRST_CHECKIN: Final = "The first check-in is on {day} at {clock} ({zone})."
    SCHEDULE_NO_START: Final = (
        "This check-in schedule has no first date. Set it again with alongside checkin schedule."
    )
    RULE_UNREADABLE: Final = 'The repeat rule "{rule}" is not one I can read.'
    WEEK_NOT_UNDERSTOOD: Final = (
        '"{text}" is not a week I understand. Write it like 2026-W11, or say "last".'
    )
    WEEK_TOO_FAR: Final = (
        '"{text}" is too far from today for a review. Choose a week between {first} and next '
        'year, like 2026-W11, or say "last".'
    )

    # Readiness, breathing, questions and rehearsal ------------------------------------------
    CALM_FLAG: Final = "Please say {question} with {flag} 0-10 (0 = not calm, 10 = calm)."
    CALM_TYPE_NUMBER: Final = "Please type a whole number from 0 (not calm) to 10 (calm)."
    CALM_RANGE: Final = "{name} is {value}; please give a number from 0 (not calm) to 10."
    NOT_MINUTES: Final = "{answer!r} is not a number of minutes."
    MINUTES_NEGATIVE: Final = "Minutes since the last argument can't be negative."
    NOT_A_MOMENT: Final = "{at!r} is not a time like 2026-11-27 19:30."
    READY_LOCKED: Final = (
        "Your private record is locked, so your agreements and what you wrote lately can't be "
        "checked. Set ALONGSIDE_PASSPHRASE, use --passphrase-file, or add --no-vault to skip "
        "them."
    )
    GUIDED_PAUSE: Final = "Guided pause: alongside breathe --pattern 478 (or --pattern box)"
    NO_BREATHING_PATTERN: Final = (
        "There is no breathing pattern called {pattern!r}. Try one of: {known}."
    )
    BREATHE_REPEAT: Final = "Repeat {count} times, about {total} seconds in all."
    BREATHE_DONE: Final = "Well done. Notice how you feel now; there's no rush."
    NO_TOPIC: Final = "There is no topic {topic!r}. Try one of: {known}."
    NO_STAGE: Final = (
        "There is no stage {stage!r}. Try one of: {known} (or precontemplation, "
        "contemplation, preparation, action, maintenance)."
    )
    ASK_THEN_LISTEN: Final = "Ask one, then listen; the answer matters more than the question."
    NO_OBJECTION: Final = "There is no objection {objection!r}. Try one of: {known}."
    REHEARSAL_FINISHED: Final = "This practice has finished. Start a new one whenever you like."
    ROUNDS_RANGE: Final = "Rounds can be from 1 to {most}; {count} was given."
    REHEARSAL_HOW: Final = (
        "Reply as you would out loud. Press Enter on an empty line to stay quiet."
    )
    REHEARSAL_STOPPED: Final = "The rehearsal has stopped here. You matter more than any practice."

    # Settings, serving, and pages that are not there -----------------------------------------
    PORT_NOT_A_NUMBER: Final = (
        "{env} is set to '{raw}', which is not a port number. Please set it to a number from 1 "
        "to 65535, or unset it to use {default}."
    )
    LOCK_NOT_MINUTES: Final = (
        "{env} is set to '{raw}', which is not a number of minutes. Please set it to a whole "
        "number from 1 to {most}, or unset it to lock after {default} quiet minutes."
    )
    PORT_IN_USE: Final = (
        "Port {port} on {host} cannot be used ({why}). Try another with --port, or leave it "
        "out to use the usual one."
    )
    ASK_COUNTRY: Final = (
        "Which country's helplines should Alongside show, if you ever need them? "
        "We hold: {countries}."
    )
    SAVED_TO_RECORD: Final = "Saved to your private record."
    TIME_ZONE_SAVED: Final = "Saved. Alongside will use the time zone {zone}."
    ENV_COMES_FIRST: Final = "Note: {env} is set to {value!r}, and it comes first while it is set."
    NO_SUCH_PLOT: Final = "There is no plot with that name."
    NO_SUCH_PART: Final = "There is no part of the record with that name."
    CHECKIN_GIVE_NOTES: Final = (
        "Write a few words about the check-in, e.g. alongside checkin record --rating 4 "
        "(you'll be asked for them), or < words.txt."
    )
    JSONL_ALONE: Final = (
        "--jsonl reads messages from stdin, one per line; give no message and no --save."
    )

    # A conversation to count (alongside reflect) --------------------------------------------
    NO_FILE: Final = "There is no file at {path}."
    TRANSCRIPT_IS_FOLDER: Final = (
        "{path} is a folder; please give a text file with one line per turn."
    )
    TRANSCRIPT_TOO_LARGE: Final = "{name} is larger than 2 MB, which is more than a conversation."
    TRANSCRIPT_BINARY: Final = "{name} looks like a binary file, not text. Please give a .txt file."
    TRANSCRIPT_NOT_UTF8: Final = (
        "{name} isn't UTF-8 text. Please save it as UTF-8 (plain text) and try again."
    )
    TRANSCRIPT_EMPTY: Final = (
        "{name} is empty: add your lines, one per line (me: \u2026 / partner: \u2026)."
    )
    SPEAKER_UNKNOWN: Final = (
        "No one called {me} speaks in this transcript; the speakers are {names}."
    )
    SPEAKER_WHICH: Final = (
        "The speakers here are {names}. Which one is you? Say so with --me, for example: "
        "--me {example}."
    )

    # The web app's own refusals and notices ---------------------------------------------------
    STALE_PAGE: Final = (
        "This page had been open for a while, so for your safety nothing was done yet. "
        "Your words are still here: please press the button again."
    )
    STALE_FORM: Final = (
        "This page had been open for a while, so for your safety nothing was saved yet. "
        "Your words are still here: please press Save again."
    )
    LOCKED_FORM: Final = (
        "Your private record locked itself while this page was open, so nothing was saved yet. "
        "Your words are still here: enter your passphrase below and press Save again."
    )
    LOCKED_WHILE_OPENING: Final = (
        "Your private record was locked while it was being opened, so it stays locked. "
        "Enter your passphrase to open it again."
    )
    PASSPHRASE_PAUSE: Final = (
        "For your safety, Alongside waits a little after several passphrases that did "  # noqa: S105
        "not fit. Please try again in {seconds} {unit}; nothing was changed."
    )
    HOST_REFUSED: Final = (
        "This page can only be opened from this device, at the address Alongside printed "
        "when it started."
    )
    ORIGIN_REFUSED: Final = "This request came from another site, so Alongside ignored it."
    BODY_TOO_LARGE: Final = (
        "That was too large to receive (over 4 MB), so nothing was saved. "
        "Please split it into smaller entries."
    )
    NEEDS_CSRF_HEADER: Final = "This call needs the X-CSRF-Token header from GET /api/session."
    ADDED: Final = "Added to your record."
    CHANGES_SAVED: Final = "Your changes are saved."
    DELETED: Final = "Deleted. It is gone from your record."
    ALREADY_DELETED: Final = "That entry was already deleted."
    ALREADY_SAVED: Final = "That was already saved, so it was not added twice."
    MINUTES_WHOLE_NUMBER: Final = (
        "Please give the minutes since the last argument as a whole number, or leave it empty "
        "if there wasn't one."
    )
    STATUS_400: Final = "Something in that request could not be used."
    STATUS_403: Final = (
        "For your safety, that was not done. Please go back, reload the page and try again."
    )
    STATUS_404: Final = (
        "There is nothing at this address. It may have been deleted, or the link was mistyped."
    )
    STATUS_405: Final = (
        "That page cannot be used this way. Please go back and use the buttons on the page."
    )
    STATUS_409: Final = "That was already done."
    STATUS_422: Final = "Some of what was sent could not be used. Please check it and try again."
    STATUS_500: Final = (
        "Something went wrong on our side. Nothing you saved before was lost; please try again."
    )


_CODES = re.compile(r"\s*\(((?:P\d{1,2}(?:,\s*)?)+)\)")


def plain(text: str) -> tuple[str, str]:
    """Words for the main text, and the principle codes kept for "why?" ("P2, P14").

    Rule codes never stand in the main text; a face shows them one tap away (`--why`, or
    the web's "why?")."""
    codes = ", ".join(m.group(1) for m in _CODES.finditer(text))
    return _CODES.sub("", text), codes
