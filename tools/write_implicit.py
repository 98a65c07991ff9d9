"""Write the learned layer's training text for pushing without trigger words (issue 11).

    .venv/bin/python tools/write_implicit.py   # (re)write training/meaning/implicit.jsonl

HELD BACK: tools/train_meaning.py skips the file (`HELD_BACK`), because on measurement it raised
no recall. Trained in with the first ~6,250 lines (session of 2026-12-06), the held-aside final
split kept pushing-anywhere recall at 0.731 and false pushing at 23/319 (contempt 0.696 ->
0.723, label 0.690 -> 0.667, boundary and therapy_as_resource one message lower: macro 0.646 ->
0.638; 0.647 when these lines train only the pushing heads); the fresh partner messages stayed
at 28/40 and 35/45 pushing messages found (29/40 with the `criticism` head shipped); dev-blind
clean macro 0.649 unchanged, RoBERTa-referenced 0.626 -> 0.607/0.609 (MI-gold Confront precision
and Complex Reflection: the pushing heads fire on counsellor reflections). On the missed fresh
messages the heads' probabilities stay at 0.1-0.5, far under their 0.75 thresholds: a bag of
words trained on templates does not reach the wording real people use. Take it out of
`HELD_BACK` only with a measured gain.

The rules know words ("always", "should", "selfish"); people also push without them:
rhetorical questions ("how hard is it to ..."), sarcasm and mock praise ("wow, you managed to
..."), passive aggression ("fine, I'll do it myself like always"), veiled threats ("keep going
like this and see who's still here"), guilt ("I guess I'm not worth the effort to you"),
comparisons with other partners or parents, diagnosis by proxy ("everyone thinks you ..."),
counter-blame and brushing feelings aside. Each line here is the team's own, composed from
hand-written frames (written from the finding definitions in docs/coach.md), everyday topics
(drinking, gambling, chores, money, in-laws, kids, sex, phones, work, grief, weight, gaming,
religion), names and registers (standard, texting spelling, no apostrophes, openers, emoji).

As many hard negatives share the surface and do not push: sincere questions, fond teasing,
real praise, calm limits, neutral logistics, the writer's own self-talk, stories about other
people and reports of abuse. They carry the inviting finding they show (praise is
`appreciation`, a limit `boundary`, an apology `apology`) or none.

Every line is one sentence (the trainer skips lines of several). Nothing comes from
../shared/eval-data or any evaluation set. Seeded: the same file on every run.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "training" / "meaning" / "implicit.jsonl"
SEED = 20261206_11
PER_FRAME = 16  # fills drawn per frame (duplicates dropped)

# Each topic: what the partner is asked to do (base form), what they did (past, a plain
# deed), what they are doing (-ing), the thing it is about (a noun phrase), and a neutral
# errand on the same topic (base form) for the negatives.
TOPICS: dict[str, dict[str, list[str]]] = {
    "drinking": {
        "do": [
            "come home sober",
            "go one night without a drink",
            "put the bottle down",
            "stop at two pints",
            "skip the pub for once",
        ],
        "did": [
            "made it home before midnight",
            "only had four pints",
            "remembered where you parked",
            "stayed sober for a whole day",
        ],
        "ing": ["drinking", "going to the pub", "getting wasted", "opening another bottle"],
        "noun": ["the pub", "the wine", "your beer", "the lads at the pub", "the bottle"],
        "errand": [
            "pick up some sparkling water",
            "book a taxi for after the party",
            "grab lemonade for the kids",
        ],
    },
    "gambling": {
        "do": [
            "stay off the betting apps",
            "leave the scratchcards alone",
            "not bet the rent",
            "close the poker account",
        ],
        "did": [
            "lost the rent money again",
            "only lost a hundred quid this week",
            "deleted one betting app",
        ],
        "ing": ["betting", "gambling", "playing the slots", "checking the odds"],
        "noun": ["the betting app", "the bookies", "the football bets", "the casino"],
        "errand": ["check the match time", "transfer the gas money", "sort the joint account"],
    },
    "chores": {
        "do": [
            "put a plate in the dishwasher",
            "take the bins out",
            "hang up your towel",
            "wipe the counter",
            "change the bed",
            "run the hoover round",
        ],
        "did": [
            "found the dishwasher",
            "put one sock in the wash basket",
            "emptied the bin",
            "noticed the laundry",
        ],
        "ing": [
            "leaving your dishes everywhere",
            "lying on the sofa",
            "ignoring the laundry",
            "leaving wet towels on the floor",
        ],
        "noun": ["the washing up", "the laundry", "the bins", "the hoovering", "the mess"],
        "errand": ["do the washing up tonight", "swap bin duty this week", "hang the washing out"],
    },
    "money": {
        "do": [
            "check the balance before buying stuff",
            "stick to the budget",
            "pay a bill on time",
            "save something this month",
        ],
        "did": ["bought another gadget", "paid one bill on time", "looked at the bank app"],
        "ing": ["spending", "ordering takeaways", "buying trainers", "splashing out"],
        "noun": ["your credit card", "the overdraft", "your shopping", "the new gadgets"],
        "errand": ["move money into savings", "pay the council tax", "look at the budget together"],
    },
    "inlaws": {
        "do": [
            "tell your mother no",
            "stand up to your mum",
            "put me before your family",
            "say one word when your dad has a go at me",
        ],
        "did": [
            "rang your mum for the fifth time today",
            "sided with your mother again",
            "let your dad have a go at me",
        ],
        "ing": ["running to your mum", "taking your mother's side", "ringing your mum"],
        "noun": ["your mother", "your family", "your mum's opinion", "your dad"],
        "errand": [
            "ask your mum round for Sunday lunch",
            "book the train to your parents'",
            "send your dad a birthday card",
        ],
    },
    "kids": {
        "do": [
            "do bedtime for once",
            "pick the kids up on time",
            "read them a story",
            "go to one parents' evening",
        ],
        "did": ["remembered the school run", "changed a nappy", "turned up to sports day"],
        "ing": ["leaving the kids to me", "missing bedtime", "forgetting the school run"],
        "noun": ["the kids", "the school run", "bedtime", "the homework"],
        "errand": ["pick the kids up at three", "sign the school trip form", "pack the PE kits"],
    },
    "sex": {
        "do": [
            "touch me without being asked",
            "show me some affection",
            "come to bed early",
            "kiss me like you mean it",
        ],
        "did": ["hugged me for three seconds", "noticed I was in the room"],
        "ing": ["rolling over", "turning your back on me in bed", "pulling away from me"],
        "noun": ["the bedroom", "intimacy", "our sex life", "a cuddle"],
        "errand": ["get an early night", "book a night away for us two"],
    },
    "phones": {
        "do": [
            "put your phone down at dinner",
            "look up from your phone",
            "answer my texts",
            "leave your phone in the other room",
        ],
        "did": [
            "looked up from your phone",
            "answered a text within a day",
            "put the phone down for five minutes",
        ],
        "ing": ["scrolling", "on your phone", "texting at the table", "watching reels"],
        "noun": ["your phone", "TikTok", "your group chat", "the screen"],
        "errand": [
            "charge your phone before we go",
            "send me the address",
            "share the photos from Saturday",
        ],
    },
    "work": {
        "do": [
            "leave work at work",
            "be home before eight",
            "take one day off",
            "close the laptop at dinner",
        ],
        "did": ["came home before nine", "took a Saturday off", "closed the laptop"],
        "ing": ["working late", "answering emails at dinner", "staying at the office"],
        "noun": ["work", "your boss", "the office", "your laptop", "your emails"],
        "errand": ["send me your shift times", "book a day off in June", "check the rota"],
    },
    "grief": {
        "do": [
            "talk about your dad",
            "let me in",
            "visit the grave with me",
            "say her name out loud",
        ],
        "did": ["mentioned your dad once", "came to the memorial for ten minutes"],
        "ing": ["shutting me out", "moping", "hiding in the shed", "pretending it didn't happen"],
        "noun": ["the funeral", "your grief", "the anniversary", "your dad's things"],
        "errand": ["order flowers for the anniversary", "sort the photos for the memorial"],
    },
    "weight": {
        "do": [
            "skip the takeaway",
            "go for one walk",
            "eat a vegetable",
            "leave the biscuits alone",
        ],
        "did": ["walked to the corner shop", "ate a salad", "turned down dessert"],
        "ing": ["snacking", "eating like that", "having seconds", "skipping the gym"],
        "noun": ["the biscuits", "the takeaway", "your diet", "the gym"],
        "errand": ["get veg at the market", "book the swimming lesson", "find a walking route"],
    },
    "gaming": {
        "do": [
            "log off before midnight",
            "pause the game",
            "come to bed before two",
            "put the controller down",
        ],
        "did": ["paused the game for dinner", "logged off before three"],
        "ing": ["gaming", "on the Xbox", "playing Fortnite", "on the PlayStation all night"],
        "noun": ["the Xbox", "your game", "the PlayStation", "your headset", "the raid"],
        "errand": ["download the update overnight", "sort the game for your nephew"],
    },
    "religion": {
        "do": [
            "respect that I don't go to church",
            "skip one Sunday service",
            "leave your faith out of this",
            "stop praying at me",
        ],
        "did": ["invited the pastor round again", "prayed for me out loud at dinner"],
        "ing": ["quoting scripture at me", "preaching", "dragging me to church"],
        "noun": ["church", "your pastor", "the Bible study group", "your faith"],
        "errand": ["check the service times", "bring a dish to the church supper"],
    },
}

NAMES = [
    "Sam",
    "Alex",
    "Jo",
    "Chris",
    "Dan",
    "Priya",
    "Mia",
    "Tom",
    "Leah",
    "Marco",
    "Jess",
    "Kev",
    "Aisha",
    "Ben",
    "Nadia",
    "Rob",
    "Ellie",
    "Jamal",
    "Rosa",
    "Liam",
    "Hannah",
    "Dev",
    "Kayla",
    "Owen",
]
OTHERS = [
    "Sarah's husband",
    "Jen's wife",
    "my dad",
    "my ex",
    "your brother",
    "my friend's husband",
    "Mark next door",
    "every other dad at school",
    "my sister's partner",
    "the guy at work",
    "normal husbands",
    "other wives",
    "real men",
    "grown adults",
    "most people",
]
PARENTS = ["your father", "your mother", "your dad", "your mum", "my dad"]
WHO_ALL = [
    "Everyone",
    "All our friends",
    "Literally everyone",
    "Even your own mum",
    "The whole family",
    "Your sister",
    "Even the kids",
    "Everyone at work",
    "All my friends",
    "Your own brother",
]
PROBLEMS = [
    "have a problem",
    "need help",
    "are not coping",
    "have anger issues",
    "are an addict",
    "are out of control",
    "have lost the plot",
    "are a narcissist",
    "are checked out",
    "are depressed and won't admit it",
    "have a screw loose",
]
TIMES = [
    "tonight",
    "again",
    "for the third night running",
    "this weekend",
    "on my birthday",
    "all Sunday",
    "at 2am",
]

# ---- pushing frames: (frame, findings) --------------------------------------------------------
# {do} {did} {ing} {noun} {errand} come from one topic; {who} {other} {parent} {problem}
# {name} {time} from the lists above.
POS: list[tuple[str, list[str]]] = [
    # rhetorical questions (mockery: contempt; a verdict on the person: criticism)
    ("How hard is it to {do}?", ["contempt", "criticism"]),
    ("How difficult can it possibly be to {do}?", ["contempt", "criticism"]),
    ("Ok so tell me again how {ing} is helping anyone?", ["contempt"]),
    ("So tell me again why you can't {do}?", ["contempt", "criticism"]),
    ("Is it really that hard for you to {do}?", ["contempt", "criticism"]),
    ("Would it actually kill you to {do}?", ["contempt", "criticism"]),
    ("Remind me when you last {did}?", ["contempt", "criticism"]),
    ("Are you physically incapable of {ing_do}?", ["contempt", "criticism"]),
    ("Did it ever occur to you to {do}?", ["contempt", "criticism"]),
    ("Was it too much to ask you to {do}?", ["contempt", "criticism"]),
    ("Since when is {noun} more important than your own family?", ["contempt", "criticism"]),
    ("What exactly do you do all day apart from {ing}?", ["contempt", "criticism"]),
    ("Do you even hear yourself when you talk about {noun}?", ["contempt"]),
    ("Do you want a round of applause because you {did}?", ["contempt"]),
    ("Is {noun} going to look after you when you're old?", ["contempt"]),
    ("How is it my job to {do} for you?", ["contempt", "criticism"]),
    ("Who raised you to think {ing} is normal?", ["contempt", "criticism"]),
    # sarcasm and mock praise
    ("Wow, you {did}, should I throw you a party?", ["contempt"]),
    ("Wow you actually {did}, alert the newspapers", ["contempt"]),
    ("Congrats on {ing} {time}, really proud of you", ["contempt"]),
    ("Well done you, {ing} {time}", ["contempt"]),
    ("Oh great, you're {ing} {time}, love that for us", ["contempt"]),
    ("Nice to see {noun} still comes first with you", ["contempt"]),
    ("Gold star for you, you {did}", ["contempt"]),
    ("Bravo, you {did}, what a hero", ["contempt"]),
    ("What a surprise, you're {ing} {time}", ["contempt"]),
    ("Thanks so much for {ing} while I did everything, you're a real help", ["contempt"]),
    ("Look at you {ing} like it's your full time job", ["contempt"]),
    ("Must be nice to be you, {ing} while I do everything", ["contempt"]),
    ("Oh sure, because {ing} is obviously more important than us", ["contempt"]),
    ("Amazing how you always find time for {noun} and never for me", ["contempt"]),
    ("Father of the year over here, {ing} {time}", ["contempt"]),
    ("Husband of the year, {ing} {time}", ["contempt"]),
    ("Great job {ing} {time}, really mature of you", ["contempt"]),
    ("Lovely, so {noun} gets you and I get what's left", ["contempt"]),
    # passive aggression
    ("I'm just saying, some people manage to {do} without being reminded", ["contempt"]),
    ("Fine, I'll {do} myself like always, don't you worry", ["contempt"]),
    ("No no, you carry on {ing}, don't mind me", ["contempt"]),
    ("It's fine, I'm used to you {ing} by now", ["contempt"]),
    ("Whatever you say, you're the expert on {noun}", ["contempt"]),
    ("Don't worry about me, you just enjoy {noun}", ["contempt"]),
    ("Sure, {noun} is way more important than me, I get it", ["contempt"]),
    ("Glad one of us gets to enjoy {noun} while the other one copes", ["contempt"]),
    ("Not that you'd notice, you're too busy {ing}", ["contempt", "criticism"]),
    ("I'm not mad, I'm just used to coming second to {noun} with you", ["contempt"]),
    ("Funny how you only ever remember {noun} when it suits you", ["contempt", "criticism"]),
    # veiled threats (ultimatum)
    ("Keep {ing} and see who's still here at Christmas", ["ultimatum"]),
    ("Keep going like this with {noun} and see who's still around", ["ultimatum"]),
    ("Carry on {ing} and you'll find out what happens", ["ultimatum"]),
    ("One more night of {ing} and you'll be doing it on your own", ["ultimatum"]),
    ("We'll see how much you enjoy {ing} when you're on your own", ["ultimatum"]),
    ("Don't be surprised if I'm gone when you finally finish {ing}", ["ultimatum"]),
    ("Enjoy {noun} while it lasts because I won't wait forever", ["ultimatum"]),
    ("You might want to think about who'll still be here if you keep {ing}", ["ultimatum"]),
    ("Keep choosing {noun} over me and see where that gets you", ["ultimatum"]),
    ("Do that again with {noun} and you'll see", ["ultimatum"]),
    ("I'd think very carefully about {ing} {time} if I were you", ["ultimatum"]),
    # guilt (pressure)
    ("I guess I'm just not worth the effort to you", ["pressure"]),
    ("I suppose {noun} matters more to you than I do", ["pressure"]),
    ("After everything I've given up for you, you can't even {do}?", ["pressure"]),
    ("I've been ill all week and you couldn't even {do}", ["pressure", "blame"]),
    ("You know how much it hurts me when you're {ing}, but go ahead", ["pressure"]),
    ("Think about what your {ing} is doing to the kids before you do it {time}", ["pressure"]),
    (
        "The kids keep asking why you're {ing} {time}, what am I supposed to tell them?",
        ["pressure", "blame"],
    ),
    ("I gave you the best years of my life and you can't even {do}", ["pressure"]),
    ("I'll just sit here on my own {time} while you're {ing}, as usual", ["pressure"]),
    ("Clearly I'm not enough for you if {noun} needs this much of your time", ["pressure"]),
    # comparisons (label)
    ("{other} would never leave me to deal with {noun} alone", ["label", "criticism"]),
    ("Why can't you be more like {other} when it comes to {noun}?", ["label", "criticism"]),
    ("You're turning into {parent} with all this {ing}", ["label"]),
    ("You're getting more like {parent} every day with {noun}", ["label"]),
    ("{other} manages to {do} and still has time for his wife", ["label", "criticism"]),
    ("Other couples manage to {do} without a meltdown, why can't you?", ["label", "criticism"]),
    ("At least {other} knows how to {do}", ["label", "criticism"]),
    ("Even {other} can {do}, and you can't", ["label", "criticism"]),
    ("You sound exactly like {parent} when you talk about {noun}", ["label"]),
    ("I married you, not a copy of {parent}", ["label"]),
    # diagnosis by proxy (label; therapy_as_fix where help is the verdict)
    ("{who} thinks you {problem} with {noun}", ["label"]),
    ("{who} can see you {problem}, you're the only one who can't", ["label"]),
    ("{who} has noticed you {problem} since you started {ing}", ["label"]),
    ("Everyone can see you've got a problem with {noun} except you", ["label"]),
    ("{who} agrees you need help with {noun}", ["label", "therapy_as_fix"]),
    ("{who} thinks you need to see someone about {noun}", ["therapy_as_fix"]),
    ("Ask anyone, they'll all tell you that your {ing} isn't normal", ["label", "criticism"]),
    ("I read an article about {ing} and it described you perfectly", ["label"]),
    (
        "Honestly a professional would have a field day with your {ing}",
        ["therapy_as_fix", "contempt"],
    ),
    ("Google literally describes you when you type in {ing} addiction", ["label"]),
    # diagnoses said as a verdict (label)
    ("You've clearly got some kind of {dx_noun} thing going on with {noun}", ["label"]),
    ("Pretty sure you're {dx_adj}, you know that?", ["label"]),
    ("You're a textbook {dx_noun} and you can't even see it", ["label"]),
    ("Face it, you're {dx_adj} and {noun} is just the start", ["label"]),
    ("Let's be honest, you're a {dx_noun} and we both know it", ["label"]),
    ("You're a {dx_noun}, {name}, there I said it", ["label"]),
    # mock belief ("sure you will")
    ("Yeah right, like you're ever going to {do}", ["contempt"]),
    ("Sure you'll {do}, just like you did last time", ["contempt"]),
    ("Oh yeah, because you're SO good at {ing_do}", ["contempt"]),
    ("Of course you were only {ing} for five minutes, sure", ["contempt"]),
    # threats said as consequences (ultimatum)
    ("One more {event} from you and I'm {consequence}", ["ultimatum"]),
    ("Another {event} like that from you and I'm {consequence}", ["ultimatum"]),
    ("You try {ing_do} one more time and I'm {consequence}", ["ultimatum"]),
    # counter-blame and the innocent victim (defensiveness)
    ("Oh so it's my fault now that you're {ing}?", ["defensiveness"]),
    ("Funny how I'm always the problem when you're the one {ing}", ["defensiveness"]),
    ("At least I'm not the one {ing} {time}", ["defensiveness"]),
    ("Says the one who's been {ing} {time}", ["defensiveness", "contempt"]),
    ("You're hardly one to lecture me about {noun}", ["defensiveness"]),
    # brushing feelings aside (invalidation)
    ("Here we go again with your drama about {noun}", ["invalidation", "contempt"]),
    ("Imagine getting this worked up over {noun}", ["invalidation"]),
    ("You'd find something to cry about even with {noun} sorted", ["invalidation"]),
    ("It's {noun}, get over it", ["invalidation"]),
    ("You're making a mountain out of {noun} again", ["invalidation"]),
]

# ---- hard negatives: (frame, findings) -- the same surface, no push --------------------------
NEG: list[tuple[str, list[str]]] = [
    # sincere questions
    ("How hard is it to get a table at that new place on a Friday, do you know?", []),
    ("How hard is it to {errand} from your phone, can you show me?", []),
    ("Is it hard to {errand} or shall I do it?", []),
    ("Tell me again how you made that curry, it was amazing", ["appreciation"]),
    ("Remind me when the parents' evening is?", []),
    ("Did you manage to {errand}?", []),
    ("Would you like me to {errand} tomorrow?", []),
    ("Do you know if we need to {errand} this week?", []),
    ("What time do you want to {errand}?", []),
    ("How are you feeling about {noun} today?", ["open_question"]),
    ("What would help you most with {noun} right now?", ["open_question"]),
    ("Since when have you been feeling low about {noun}, love?", []),
    ("Is it ok if we talk about {noun} at the weekend?", ["permission"]),
    # fond teasing and real praise
    ("Wow, you {did_good}, that's brilliant, thank you", ["appreciation"]),
    ("Congrats on the new job, I'm so proud of you", ["appreciation"]),
    ("Congrats on passing your test, you worked so hard for it", ["appreciation"]),
    ("Well done you, {name}, I know that wasn't easy", ["appreciation"]),
    ("Look at you go, {name}, proud of you x", ["appreciation"]),
    ("Haha you absolute legend, you {did_good}", ["appreciation"]),
    ("Thanks so much for {errand_ing}, you're a star", ["appreciation"]),
    ("Gold star for you today, you {did_good}", ["appreciation"]),
    ("You're such a dork when you dance in the kitchen and I love it", []),
    ("Oi, you ate the last biscuit, you cheeky sod, I'll get you back", []),
    ("Keep going with the physio, you're doing so well", ["appreciation"]),
    ("Keep going like this and you'll be running the half marathon by spring", []),
    ("Everyone thinks you did an amazing job at the funeral", ["appreciation"]),
    ("Everyone at the party said how lovely you were", ["appreciation"]),
    ("Honestly you were brilliant with {name} today", ["appreciation"]),
    # calm limits (boundary)
    (
        "If you've been drinking I'll sleep at my sister's that night, I'm telling you so you know",
        ["boundary"],
    ),
    (
        "I'm going to bed now and we can talk about {noun} tomorrow when we're both calm",
        ["boundary"],
    ),
    ("I won't lend money for {noun} any more, and I still love you", ["boundary"]),
    (
        "I'm not going to discuss {noun} when voices are raised, I'll come back in an hour",
        ["boundary"],
    ),
    ("I'll keep my own account for the bills from now on, that's for me", ["boundary"]),
    ("I'm going to my mum's for the weekend to rest, I'll be back Sunday", []),
    # diagnoses that are not verdicts on the partner
    ("I think I might be depressed, can we talk tonight?", []),
    ("My brother is a {dx_noun} and I worry about him all the time", []),
    (
        "I've been reading about {dx_noun}s because of my dad and it explains a lot"
        " about my childhood",
        [],
    ),
    ("You're not a {dx_noun}, you're grieving and I'm right here", ["reassurance"]),
    ("My doctor thinks I'm {dx_adj} and I'm a bit scared", []),
    (
        "Would it help to talk about how the {topic_word} stuff has been for you lately?",
        ["open_question"],
    ),
    # sincere plans and limits that share the words of threats
    ("Sure, I'll {errand}, just like we planned", []),
    ("One more episode and then bed, you in?", []),
    ("One more sleep till the holiday, I can't wait to see you", []),
    (
        "If you've been drinking I'll sleep in the spare room that night, it's for me,"
        " not to punish you",
        ["boundary"],
    ),
    ("I'm not going to lend money for {noun} again, I hope you understand", ["boundary"]),
    # neutral logistics
    ("I'm picking the kids up at four then I'll {errand}", []),
    ("{name} is coming round on Saturday, can you {errand}?", []),
    ("Can you {errand} on your way home, thanks", []),
    ("Just to say I'll {errand} on Thursday", []),
    ("Running late, I'll {errand} after work", []),
    ("Don't forget we said we'd {errand} this week", []),
    ("I've put it in the calendar so we both remember to {errand}", []),
    ("Fine, I'll {errand} tomorrow, no problem", []),
    ("No worries, I'll {errand} myself, you've got enough on", []),
    # the writer's own self-talk
    ("I keep wondering if I'm worth the effort, I need to talk to someone about that", []),
    ("I'm so tired of {ing_self} myself, I need to get back on track", []),
    ("I think I'm turning into my mum, which is funny and a bit scary", []),
    ("I guess I'm just not great at asking for help", []),
    ("I'm just saying it out loud so I stop overthinking it", []),
    ("I suppose I should {errand} before I forget", []),
    ("I should have handled the {topic_word} stuff better last night, sorry", ["apology"]),
    ("I'm sorry I snapped about {noun}, that wasn't fair of me", ["apology"]),
    ("I'm just saying I miss you, that's all", ["i_statement"]),
    ("I felt lonely last night when {noun} came up and I'd like us to talk", ["i_statement"]),
    # stories about other people
    ("My sister's husband keeps {ing_other} and she's at the end of her rope", []),
    ("Mum says dad's {topic_word} is getting worse and she doesn't know what to do", []),
    ("My friend's partner made a joke about {noun} and it really upset her", []),
    ("{name}'s husband congratulated her on the promotion in front of everyone", []),
    ("My dad never once said sorry to my mum, I don't want us to be like that", []),
    ("Other couples we know struggle with {noun} too, we're not alone in this", []),
    ("My therapist asked me how I feel when {noun} comes up", []),
    ("My colleague asked how hard it is to {errand} and I had no idea", []),
    # reports of abuse (told to someone, not to the partner)
    ("He told me if I ever left he'd take the kids and I don't know what to do", []),
    ("Last night he threw {noun_thing} at the wall and I hid in the bathroom", []),
    ("She checks my phone every night and says I'm worthless", []),
    ("He said nobody else would ever want me and I'm starting to believe it", []),
    ("He keeps telling me everyone thinks I'm crazy", []),
    ("She says I'm not worth the effort and then ignores me for days", []),
    ("He took my bank card and said I'd only waste it on {noun}", []),
]

DX_NOUN = [
    "narcissist",
    "alcoholic",
    "addict",
    "sociopath",
    "gambling addict",
    "workaholic",
    "hypochondriac",
    "compulsive liar",
    "psychopath",
    "control freak",
]
DX_ADJ = [
    "bipolar",
    "clinically depressed",
    "on the spectrum",
    "borderline",
    "emotionally stunted",
    "a functioning alcoholic",
    "addicted to your phone",
    "codependent with your mum",
    "emotionally unavailable",
]
EVENTS = [
    "lie",
    "night at the pub",
    "bet",
    "missed bedtime",
    "all-nighter",
    "comment about my weight",
    "sermon",
    "late night at the office",
    "secret purchase",
]
CONSEQUENCES = [
    "changing the locks",
    "taking the kids to my mum's",
    "gone",
    "packing your bags",
    "calling your mother",
    "done",
    "out of here",
    "telling everyone",
]
THINGS = ["a plate", "his phone", "a glass", "the remote", "my bag", "a mug"]
DID_GOOD = [
    "fixed the boiler",
    "remembered our anniversary",
    "cooked an amazing dinner",
    "got the kids to bed so fast",
    "sorted the car insurance",
    "finished the shed",
    "made me laugh all evening",
    "passed the exam",
]
ERRAND_ING = [
    "doing the school run",
    "sorting the bins",
    "booking the holiday",
    "picking up my prescription",
    "cooking tonight",
    "walking the dog",
]
ING_SELF = [
    "snacking at night",
    "doomscrolling",
    "staying up late",
    "skipping the gym",
    "spending on rubbish",
]
TOPIC_WORD = {
    "drinking": "drinking",
    "gambling": "betting",
    "chores": "housework",
    "money": "money",
    "inlaws": "family",
    "kids": "school",
    "sex": "bedroom",
    "phones": "phone",
    "work": "work",
    "grief": "funeral",
    "weight": "diet",
    "gaming": "gaming",
    "religion": "church",
}


def ing_do(do: str) -> str:
    """`do` as a gerund ("take the bins out" -> "taking the bins out")."""
    first, _, rest = do.partition(" ")
    irregular = {
        "put": "putting",
        "stop": "stopping",
        "get": "getting",
        "run": "running",
        "be": "being",
        "skip": "skipping",
        "sit": "sitting",
        "let": "letting",
        "tell": "telling",
        "say": "saying",
        "go": "going",
        "log": "logging",
        "not": "not",
    }
    if first in irregular:
        g = irregular[first]
    elif first.endswith("e") and not first.endswith("ee"):
        g = first[:-1] + "ing"
    else:
        g = first + "ing"
    return f"{g} {rest}".strip()


def fill(frame: str, topic: str, rng: random.Random) -> str:
    t = TOPICS[topic]
    slots: dict[str, list[str]] = {
        "do": t["do"],
        "did": t["did"],
        "ing": t["ing"],
        "noun": t["noun"],
        "errand": t["errand"],
        "ing_do": [ing_do(d) for d in t["do"]],
        "ing_other": [re.sub(r"\byour\b", "his", i) for i in t["ing"]],
        "ing_self": ING_SELF,
        "who": WHO_ALL,
        "other": OTHERS,
        "parent": PARENTS,
        "problem": PROBLEMS,
        "name": NAMES,
        "time": TIMES,
        "did_good": DID_GOOD,
        "errand_ing": ERRAND_ING,
        "topic_word": [TOPIC_WORD[topic]],
        "noun_thing": THINGS,
        "dx_noun": DX_NOUN,
        "dx_adj": DX_ADJ,
        "event": EVENTS,
        "consequence": CONSEQUENCES,
    }
    out = re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), frame)
    return out[0].upper() + out[1:]


TEXTING = [
    (r"\byou're\b", "ur"),
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bI'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bcan't\b", "cant"),
    (r"\bit's\b", "its"),
    (r"\bthat's\b", "thats"),
    (r"\bbecause\b", "coz"),
    (r"\bokay\b", "ok"),
    (r"\breally\b", "rly"),
    (r"\bpeople\b", "ppl"),
    (r"\bthough\b", "tho"),
    (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"),
    (r"\bwhat\b", "wat"),
    (r"\bplease\b", "pls"),
    (r"\bsomething\b", "smth"),
    (r"\bI'll\b", "ill"),
    (r"\bwon't\b", "wont"),
    (r"\bdidn't\b", "didnt"),
]
OPENERS = [
    "",
    "",
    "",
    "",
    "Honestly ",
    "Babe, ",
    "{name}, ",
    "Lol ",
    "Omg ",
    "Right, ",
    "So ",
    "Wow ",
    "Hun, ",
    "Seriously, ",
    "Mate, ",
    "Oh and ",
]
ENDINGS = [
    "",
    "",
    "",
    "",
    " 🙄",
    " 😒",
    " lol",
    " x",
    " !!",
    " ...",
    " 👏",
    " tbh",
    " haha",
    " 🙂",
    " 😂",
    " ffs",
]


def voice(text: str, rng: random.Random) -> str:
    """The same sentence in another register: texting, no apostrophes, shouty, openers."""
    roll = rng.random()
    body = text.rstrip(".!?")
    stop = text[len(body) :]
    if roll < 0.25:  # texting spelling
        for pat, rep in TEXTING:
            if rng.random() < 0.85:
                body = re.sub(pat, rep, body, flags=re.IGNORECASE)
        body = body.lower()
        stop = stop if rng.random() < 0.5 else ""
    elif roll < 0.40:  # no apostrophes, lower case
        body = body.lower().replace("'", "")
    elif roll < 0.45 and len(body) < 50:
        body = body.upper()
    elif roll < 0.50:
        body = body.replace("'", "\u2019")
    opener = rng.choice(OPENERS).replace("{name}", rng.choice(NAMES))
    if opener and body[:1].isupper() and not body[:2].isupper() and not body.startswith("I "):
        body = body[0].lower() + body[1:]
    end = rng.choice(ENDINGS)
    if stop == "?" and end.strip() in {"lol", "haha", "tbh", "ffs", "x"}:
        return opener + body + end + "?"  # keep one sentence: the "?" after the word
    return opener + body + end + stop


def one_sentence(text: str) -> bool:
    body = text.rstrip(".!?… 🙄😒👏🙂😂")
    return not re.search(r"[.!?…]", body)


def generate() -> list[dict[str, object]]:
    rng = random.Random(SEED)  # noqa: S311 (reproducible text, not secrets)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    topics = sorted(TOPICS)

    def add(text: str, labels: list[str]) -> None:
        if text not in seen and one_sentence(text):
            seen.add(text)
            rows.append({"text": text, "findings": sorted(labels)})

    for frames in (POS, NEG):
        for frame, labels in frames:
            for _ in range(PER_FRAME * 3 if frames is NEG else PER_FRAME * 2):
                topic = rng.choice(topics)
                add(voice(fill(frame, topic, rng), rng), labels)
    return rows


def main() -> int:
    rows = generate()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        for f in r["findings"] or ["(none)"]:  # type: ignore[attr-defined]
            counts[f] = counts.get(f, 0) + 1
    print(f"{len(rows)} lines -> {OUT.relative_to(ROOT)}")
    for k, v in sorted(counts.items()):
        print(f"  {k:22} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
