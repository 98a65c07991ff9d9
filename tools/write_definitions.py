"""Write definition-led training text: training/meaning/definitions.jsonl.

    .venv/bin/python tools/write_definitions.py        # (re)write the file, deterministically

The learned layer's other text is messages to a partner (tools/write_meaning.py) and one
counsellor's talk about habits (tools/write_counsellor.py). This file widens the speakers:
a peer supporter answering a stranger in a chat or forum, a friend by text, a counsellor in
a first session, and a person's own thoughts (self-talk, as in a thought record), about the
worries people bring to each other (a job lost, a break-up, exams, grief, loneliness, money,
a falling-out, a health scare, a new baby, moving away, caring for a parent).

Every frame is the team's own, written from the published definitions and nothing else:
  MITI 4.2.1 (Moyers, Manuel & Ernst 2014): simple and complex reflection, affirm, emphasize
    autonomy, confront (arguing, correcting, shaming, blaming, labelling, ridicule), giving
    information, advise with and without permission, direct, open and closed questions;
  the helping-skills strategies of emotional support (Hill 2009, as ESConv names them):
    question, restatement, reflection of feelings, self-disclosure, affirmation and
    reassurance, providing suggestions, information;
  the thinking traps (Burns 1980; Beck 1979): blaming, labelling, overgeneralising, should
    statements, and the balanced thought that is none of them.
Nothing here comes from ../shared/eval-data. Hard negatives are many: information, self-
disclosure, plain restatement of facts, closed questions, greetings and thanks, the other
person's own story, and balanced thoughts ("I failed this test, I can retake it in June").

Finding ids (`findings` of a line) as docs/coach.md defines them: reflection of a feeling or
meaning -> validation; support, hope and normalising -> reassurance; a strength or effort
named -> appreciation; asking before advising, or advice with the choice left open ->
permission; suggestions nobody asked for -> unsolicited_advice; orders and musts, and a
thought's rigid "should" -> pressure; arguing and correcting -> invalidation; a name for the
person -> label; fault put on someone -> blame; ridicule -> contempt; a sweeping "always",
"never", "everyone" -> absolute; the choice left with the person -> autonomy; a question
that invites a long answer -> open_question. tools/train_meaning.py adds whatever the rules
find in each line.

Held back from training for now (`tools/train_meaning.py` HELD_BACK): no head learned from it
for the better on dev-blind (docs/coach.md, "The learned layer").
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from write_meaning import save_rows

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "training" / "meaning" / "definitions.jsonl"
SEED = 20261208
PER_FRAME = 10  # fills drawn per frame (duplicates dropped)
PER_JOINED = 2  # two-clause sentences drawn per frame

# One worry's words, so a line stays coherent. {prob} the worry as a noun phrase, {event} what
# happened said to the person ("you lost your job"), {past} the same in the first person,
# {act} a suggestion in the infinitive, {acting} as a gerund, {who} someone in it, {want}
# what the person wants, {thing} something in it.
TOPICS: list[dict[str, list[str]]] = [
    {
        "prob": ["losing your job", "the redundancy", "being out of work", "the job hunt"],
        "event": ["you were let go", "you lost your job", "the company closed"],
        "past": ["I lost my job", "I got made redundant", "I was fired last month"],
        "act": [
            "update your CV",
            "sign up with a recruitment agency",
            "ask your old manager for a reference",
            "apply for a couple of jobs a day",
            "look into retraining",
            "talk to a careers adviser",
        ],
        "acting": [
            "updating your CV",
            "networking on LinkedIn",
            "volunteering for a while",
            "applying for temp work",
        ],
        "who": ["your old boss", "your family", "your partner", "your friends"],
        "want": ["find work again", "feel useful again", "pay the rent"],
        "thing": ["the interviews", "the rejections", "the money", "the bills"],
    },
    {
        "prob": ["the break-up", "your divorce", "the end of the relationship", "the split"],
        "event": ["she left", "he ended it", "your partner moved out", "you broke up"],
        "past": ["my girlfriend left me", "my husband moved out", "we split up in the spring"],
        "act": [
            "take some time for yourself",
            "lean on your friends",
            "mute their social media",
            "write down what you miss and what you don't",
            "join a class and meet new people",
        ],
        "acting": [
            "spending time with friends",
            "taking up a new hobby",
            "writing a journal",
            "going no contact for a while",
        ],
        "who": ["your ex", "your friends", "the kids", "your sister"],
        "want": ["move on", "feel like yourself again", "trust someone again"],
        "thing": ["the loneliness", "the memories", "the empty flat", "the weekends"],
    },
    {
        "prob": ["the exams", "your dissertation", "falling behind at uni", "school"],
        "event": ["you failed the test", "the grades came back", "you missed the deadline"],
        "past": ["I failed my maths exam", "I got a bad mark", "I missed the deadline"],
        "act": [
            "make a revision timetable",
            "talk to your tutor",
            "ask for an extension",
            "study with a friend",
            "take short breaks while you revise",
        ],
        "acting": [
            "breaking the work into chunks",
            "using past papers",
            "joining a study group",
            "talking to student support",
        ],
        "who": ["your parents", "your tutor", "your classmates", "your teacher"],
        "want": ["pass", "get the grades you need", "catch up"],
        "thing": ["the workload", "the deadlines", "the pressure", "revision"],
    },
    {
        "prob": ["losing your mum", "your dad's death", "the loss", "grief", "losing your dog"],
        "event": ["your mum passed away", "your grandad died", "you lost your dog"],
        "past": ["my mum died in March", "we lost my grandad", "my dog died last week"],
        "act": [
            "talk to a bereavement counsellor",
            "write them a letter",
            "look at old photos when you feel ready",
            "let yourself cry",
            "join a grief support group",
        ],
        "acting": [
            "talking about them",
            "keeping a memory box",
            "going to a support group",
            "visiting the grave",
        ],
        "who": ["your family", "your brother", "your kids", "your friends"],
        "want": ["say goodbye", "remember the good times", "get through the funeral"],
        "thing": ["the funeral", "the anniversary", "the first Christmas", "the house"],
    },
    {
        "prob": ["the loneliness", "feeling isolated", "being on your own", "the lockdown"],
        "event": ["your friends drifted away", "you moved to a new city", "everyone got busy"],
        "past": ["I moved here alone", "my friends stopped calling", "I've been stuck indoors"],
        "act": [
            "join a local club",
            "message an old friend",
            "volunteer somewhere",
            "go to a meetup",
            "call someone every day",
        ],
        "acting": [
            "joining a club",
            "volunteering",
            "video calling your family",
            "getting out for a walk",
        ],
        "who": ["your old friends", "your neighbours", "your family", "your flatmates"],
        "want": ["make friends", "feel connected", "have someone to talk to"],
        "thing": ["the evenings", "the weekends", "the silence", "social media"],
    },
    {
        "prob": ["the debt", "money worries", "the bills", "your finances"],
        "event": ["the rent went up", "the bills piled up", "you got behind on payments"],
        "past": ["I got behind on the rent", "the car loan is overdue", "my card got declined"],
        "act": [
            "speak to a debt charity",
            "make a budget",
            "call your bank",
            "ask about a payment plan",
            "check what benefits you can claim",
        ],
        "acting": [
            "making a budget",
            "talking to a debt adviser",
            "cancelling subscriptions",
            "selling a few things",
        ],
        "who": ["your bank", "your partner", "your landlord", "your parents"],
        "want": ["get out of debt", "stop worrying about money", "save a little"],
        "thing": ["the letters", "the overdraft", "the payments", "the rent"],
    },
    {
        "prob": ["the falling-out", "the argument with your friend", "the fight with your sister"],
        "event": ["your best friend stopped talking to you", "your sister said those things"],
        "past": ["my best friend ignored me", "my sister shouted at me", "we had a huge row"],
        "act": [
            "send her a message",
            "give it a few days",
            "tell him how it made you feel",
            "meet up and talk face to face",
            "write down what you want to say first",
        ],
        "acting": [
            "reaching out first",
            "talking it through",
            "giving them some space",
            "apologising for your part",
        ],
        "who": ["your friend", "your sister", "your brother", "your colleague"],
        "want": ["make up", "be friends again", "clear the air"],
        "thing": ["the friendship", "the group chat", "the wedding", "the party"],
    },
    {
        "prob": ["the stress at work", "your manager", "the workload", "burnout"],
        "event": ["your boss criticised you", "you got passed over", "the deadline moved"],
        "past": ["my boss shouted at me", "I didn't get the promotion", "I was overloaded"],
        "act": [
            "talk to HR",
            "ask for a meeting with your manager",
            "take some annual leave",
            "set clearer boundaries at work",
            "keep a record of what happens",
        ],
        "acting": [
            "taking proper breaks",
            "switching off after work",
            "looking for another job",
            "speaking to your union",
        ],
        "who": ["your manager", "your team", "your colleagues", "HR"],
        "want": ["feel valued at work", "get some balance", "do the job well"],
        "thing": ["the meetings", "the emails", "the targets", "the overtime"],
    },
    {
        "prob": ["the diagnosis", "your health", "the tests", "the pain"],
        "event": ["the doctor found something", "the scan came back", "the pain got worse"],
        "past": ["I got my results", "the doctor referred me", "I've been in pain for weeks"],
        "act": [
            "write your questions down before the appointment",
            "take someone with you",
            "ask for a second opinion",
            "talk to your GP about the pain",
        ],
        "acting": [
            "taking someone with you",
            "keeping a symptom diary",
            "resting when you can",
            "asking the nurse",
        ],
        "who": ["your doctor", "your family", "your partner", "the nurse"],
        "want": ["get answers", "feel well again", "stop worrying"],
        "thing": ["the results", "the waiting", "the treatment", "the appointments"],
    },
    {
        "prob": ["being a new parent", "the sleepless nights", "the baby", "parenting"],
        "event": ["the baby arrived", "the baby won't settle", "your son started school"],
        "past": ["we had the baby in May", "my son won't sleep", "my daughter is struggling"],
        "act": [
            "ask your health visitor",
            "take turns with the night feeds",
            "accept help when it's offered",
            "find a parents' group",
        ],
        "acting": [
            "sleeping when the baby sleeps",
            "asking family for help",
            "going to a baby group",
            "taking turns at night",
        ],
        "who": ["your partner", "your mum", "the health visitor", "other parents"],
        "want": ["get some sleep", "enjoy the baby", "feel like a good parent"],
        "thing": ["the feeds", "the crying", "bedtime", "the nursery"],
    },
    {
        "prob": ["caring for your dad", "looking after your mum", "being a carer"],
        "event": ["your dad's memory got worse", "your mum moved in", "he had a fall"],
        "past": ["my dad has dementia", "I look after my mum", "my father had a stroke"],
        "act": [
            "ask about respite care",
            "contact a carers' charity",
            "share the load with your siblings",
            "get a carer's assessment",
        ],
        "acting": [
            "getting respite care",
            "taking a night off",
            "talking to other carers",
            "asking your siblings to help",
        ],
        "who": ["your siblings", "your dad", "your mum", "social services"],
        "want": ["have a break", "do right by him", "keep your own life going"],
        "thing": ["the appointments", "the nights", "the care home question", "the forms"],
    },
]

SLOTS: dict[str, list[str]] = {
    "name": ["Sam", "Jo", "Ava", "Kai", "Noor", "Liam", "Ruth", "Omar", "Beth", "Theo"],
    "feel": [
        "sad",
        "lost",
        "hurt",
        "angry",
        "scared",
        "lonely",
        "overwhelmed",
        "exhausted",
        "anxious",
        "guilty",
        "ashamed",
        "frustrated",
        "heartbroken",
        "helpless",
        "worthless",
        "numb",
        "betrayed",
        "stressed out",
        "let down",
        "hopeless",
    ],
    "strength": [
        "strong",
        "brave",
        "resilient",
        "caring",
        "kind",
        "thoughtful",
        "determined",
        "self-aware",
        "honest",
        "patient",
    ],
    "hard": ["hard", "tough", "painful", "difficult", "rough", "heavy", "draining"],
    "n": ["two", "three", "six", "a few", "several"],
    "span": ["weeks", "months", "days", "years"],
    "selflab": [
        "a failure",
        "an idiot",
        "a loser",
        "useless",
        "pathetic",
        "a terrible friend",
        "a bad mother",
        "a disappointment",
        "stupid",
        "unlovable",
        "a burden",
        "worthless",
        "a mess",
        "a fraud",
        "weak",
    ],
    "otherlab": [
        "a jerk",
        "an idiot",
        "a narcissist",
        "selfish",
        "a bully",
        "a liar",
        "useless",
        "toxic",
        "lazy",
        "a control freak",
    ],
    "them": ["my boss", "my mum", "my ex", "my sister", "my husband", "my friend", "my dad"],
    "nobody": ["nobody", "no one"],
}

# Speaker-led positives. Each frame is one sentence, written from its definition.
POS: dict[str, list[str]] = {
    # Reflection of a feeling or a meaning (complex reflection): what the person feels, or
    # what it means to them, said back beyond their words.
    "validation": [
        "It sounds like {prob} has left you feeling really {feel}.",
        "You're feeling {feel} because {event}.",
        "So you feel {feel} and you're not sure who to turn to.",
        "It seems like you've been carrying {prob} on your own for a long time.",
        "You must be feeling so {feel} right now.",
        "I can hear how {feel} you are.",
        "That must have left you feeling {feel}.",
        "You felt {feel} when {event}.",
        "It sounds as if {thing} is the hardest part for you.",
        "You're worried that {who} won't understand.",
        "Part of you wants to {want}, and part of you is scared to try.",
        "On one hand you want to {want}, and on the other you're exhausted.",
        "You really want to {want}.",
        "What matters most to you is being able to {want}.",
        "It's like you're stuck and can't see a way forward.",
        "You feel like nobody really gets what you're going through.",
        "So {prob} has knocked your confidence.",
        "You're angry with yourself, and underneath that you're {feel}.",
        "It feels like everything is piling up at once.",
        "You sound {feel} and worn out.",
        "Sounds like you're really missing {who}.",
        "I'm hearing that {thing} has been weighing on you.",
        "You're not sure you can trust {who} again.",
        "You feel let down by {who}.",
        "It sounds like you blame yourself for what happened.",
        "You're {feel}, and you don't know what to do next.",
        "It seems you're afraid of being judged.",
        "So it isn't really about {thing}, it's about feeling that you matter.",
        "You've had enough of feeling this way.",
        "You care a lot about {who}, and that's why this hurts so much.",
        "You're frightened of what happens if things don't change.",
        "It sounds like you feel {feel} and alone with it.",
        "I get the sense that you feel stuck between what you want and what's expected of you.",
        "You're tired of putting on a brave face.",
        "You're wondering whether it will ever get easier.",
        "In a way you feel relieved, and at the same time you're {feel}.",
        "You feel like you've lost a part of yourself.",
        "So you're {feel} that {event}.",
    ],
    # Affirmation and reassurance: support, hope, normalising, sympathy.
    "reassurance": [
        "It's completely normal to feel {feel} after {prob}.",
        "You're not alone, a lot of people go through {prob}.",
        "Things will get better, even if it doesn't feel like it right now.",
        "I'm sure you'll find a way through this.",
        "It's okay not to be okay.",
        "You'll get through this.",
        "I'm here for you whenever you need to talk.",
        "Hang in there, it does get easier.",
        "There's no shame in feeling {feel}.",
        "It's not your fault that {event}.",
        "I'm sure {who} will come round in time.",
        "It takes time to heal from {prob}.",
        "Anyone in your situation would feel {feel}.",
        "I'm so sorry you're going through {prob}.",
        "I'm sorry to hear that {event}.",
        "It's understandable that you feel {feel}.",
        "Your feelings are completely valid.",
        "It will work out in the end, I promise.",
        "Things have a way of getting better.",
        "I really hope things start looking up for you soon.",
        "Don't be too hard on yourself.",
        "Brighter days are ahead.",
        "This feeling won't last forever.",
        "It's perfectly natural to struggle with {thing}.",
        "Many people feel exactly the same way at first.",
        "I'm sure everything will be fine.",
        "You've got this.",
        "I'm sending you a big hug.",
        "I'm always here if you need me.",
        "Take it one day at a time, there's no rush.",
        "You don't have to have it all figured out.",
        "That's a very common reaction to {prob}.",
    ],
    # Affirm: a genuine statement of the person's strengths, efforts or intentions.
    "appreciation": [
        "You've shown a lot of strength dealing with {prob}.",
        "It's great that you've started {acting}.",
        "Good on you for {acting}.",
        "You should be proud of how you handled {thing}.",
        "That's a really positive step.",
        "You're clearly a very {strength} person.",
        "I admire how you kept going through {prob}.",
        "Reaching out like this takes real courage.",
        "You did the right thing by talking to someone.",
        "You're doing an amazing job with everything on your plate.",
        "That was a wise decision.",
        "It says a lot about you that you care so much about {who}.",
        "You've come such a long way.",
        "You've been incredibly {strength} through all of this.",
        "Well done for getting through {thing}.",
        "It's clear how much effort you're putting in.",
        "That's a great idea, and it sounds like it could really work for you.",
        "You're a good friend for worrying about {who}.",
        "I think it's really brave of you to talk about {prob}.",
        "You handled that with a lot of grace.",
        "You clearly know yourself well.",
        "That's real progress.",
        "It's impressive that you managed to {act} with everything going on.",
        "Thank you for being so open about {prob}.",
    ],
    # Advise with permission: asking first, or advice offered with the choice left open.
    "permission": [
        "Would it be okay if I shared something that helped me with {prob}?",
        "Can I suggest something?",
        "Do you want some ideas about {thing}?",
        "Would you like to hear what worked for me?",
        "I have a thought about {thing}, would you like to hear it?",
        "Is it alright if I give you a bit of advice?",
        "Would you mind if I made a suggestion?",
        "Are you open to a few suggestions?",
        "If you're interested, I could tell you about {acting}.",
        "Would it help if we looked at a few options together?",
        "Can I share an idea with you about {thing}?",
        "Would you be open to hearing about {acting}?",
        "If it's okay with you, I'd like to share a couple of ideas.",
        "Do you want my honest advice?",
        "May I offer a suggestion?",
        "I don't know if this would suit you, but some people find {acting} helps.",
        "Take it or leave it, but {acting} might be worth a try.",
        "This might not be right for you, but have you thought about {acting}?",
    ],
    # Providing suggestions / advise without permission.
    "unsolicited_advice": [
        "You should try {acting}.",
        "Maybe you could {act}.",
        "Have you tried {acting}?",
        "If I were you, I would {act}.",
        "Why not {act}?",
        "It might help to {act}.",
        "I'd recommend {acting}.",
        "Try to {act}.",
        "The best thing you can do is {act}.",
        "What about {acting}?",
        "Perhaps {acting} would help.",
        "I think it would be good for you to {act}.",
        "You could always {act}.",
        "It could be worth {acting}.",
        "My advice is to {act}.",
        "I suggest you {act}.",
        "How about you {act}?",
        "Have you thought about {acting}?",
        "It would be a good idea to {act}.",
        "One thing you could do is {act}.",
        "Maybe it's time to {act}.",
        "You might want to {act}.",
        "I really think you should {act}.",
        "Have you considered {acting}?",
        "Maybe try {acting} for a while.",
        "A good start would be to {act}.",
        "Why don't you {act}?",
    ],
    # Direct: orders, commands, musts.
    "pressure": [
        "You need to {act}.",
        "You have to {act} today.",
        "You must {act}.",
        "{Act} right now.",
        "Go and {act}.",
        "You've got to {act}.",
        "Just {act}.",
        "Stop {acting} and {act}.",
        "You need to stop worrying about {thing}.",
        "Promise me you'll {act}.",
        "Make sure you {act}.",
        "Do it now before it gets worse.",
        "Get yourself to the doctor.",
        "You absolutely have to {act}.",
        "Don't wait, {act}.",
        "You need to get over {prob}.",
        "Pull yourself together.",
        "Snap out of it.",
        "Stop feeling sorry for yourself.",
        "You can't keep going like this, {act}.",
    ],
    # Confront: arguing, correcting, disbelief, minimising.
    "invalidation": [
        "That's not true and you know it.",
        "You're kidding yourself if you think {thing} isn't a problem.",
        "You're overreacting.",
        "You're making a big deal out of nothing.",
        "You're just making excuses.",
        "Come on, that's not the real reason.",
        "It's really not that bad.",
        "You're blowing this way out of proportion.",
        "Honestly, you're being dramatic.",
        "That doesn't make any sense.",
        "You're wrong about {who}.",
        "There's no way that's what happened.",
        "You're not really {feel}, you're just tired.",
        "Other people have it much worse than you.",
        "You're just looking for attention.",
        "Stop exaggerating.",
        "You don't really mean that.",
        "That's a stupid reason to feel {feel}.",
        "Get over it, it was ages ago.",
        "You're being too sensitive about {thing}.",
    ],
    # Confront: shaming and blaming the person.
    "blame": [
        "You brought this on yourself.",
        "It's your own fault that {event}.",
        "Maybe if you'd tried harder this wouldn't have happened.",
        "You only have yourself to blame.",
        "You did this to yourself.",
        "That's what happens when you don't listen.",
        "You should have seen it coming.",
        "You ruined it yourself.",
        "Whose fault is that, then?",
        "You let {who} down.",
    ],
    # Confront: ridicule and sarcasm.
    "contempt": [
        "Oh well done, that went brilliantly.",
        "Wow, what a surprise.",
        "Yeah, because that's worked so well for you so far.",
        "Sure, and I'm a millionaire.",
        "Oh poor you.",
        "Boo hoo, welcome to the real world.",
        "Great plan, genius.",
        "How shocking, another excuse.",
    ],
    # Emphasize autonomy: the choice and the control are the person's.
    "autonomy": [
        "It's your call.",
        "Only you can decide what's right for you.",
        "You know yourself best.",
        "Whatever you choose, I'll support you.",
        "It's up to you whether you {act}.",
        "You're free to {act} or not, it's your decision.",
        "Take your time and decide what feels right for you.",
        "There's no pressure to decide anything now.",
        "You're the expert on your own life.",
        "You get to decide how fast you go with this.",
        "That's entirely your choice.",
        "You don't have to do anything you're not ready for.",
        "In the end it's your life and your decision.",
        "Nobody can make that choice for you.",
        "Go with whatever feels right to you.",
        "You can decide what to do about {thing} when you're ready.",
    ],
    # Open question: invites a long answer.
    "open_question": [
        "What do you think is making you feel {feel}?",
        "How has {prob} been affecting you?",
        "What would help you most right now?",
        "How are you coping with {prob}?",
        "Can you tell me more about {thing}?",
        "What happened after that?",
        "How did that make you feel?",
        "What's been the hardest part of {prob}?",
        "What do you think you'll do?",
        "How do you feel about {who} now?",
        "What would you like to happen?",
        "What has helped you through hard times before?",
        "How are things between you and {who}?",
        "What's on your mind today?",
        "What worries you most about {thing}?",
        "How would you like things to be different?",
    ],
}

# The person's own thoughts (a thought record): the thinking traps, and balanced thoughts.
SELF: dict[str, list[str]] = {
    # Blaming: holding someone else responsible for one's pain, or all of it on oneself.
    "blame": [
        "It's all {them}'s fault that I feel this way.",
        "{Them} ruined my life.",
        "{Them} makes me feel worthless.",
        "If {them} had helped, none of this would have happened.",
        "My parents are the reason I'm so anxious.",
        "{Them} made me look stupid in front of everyone.",
        "It's because of {them} that I can't trust anyone.",
        "My coworkers are to blame for my stress.",
        "{Them} is the reason I'm miserable.",
        "They made me lose my temper.",
    ],
    # Labelling: a global name for oneself or another from one event.
    "label": [
        "I'm such {selflab}.",
        "I'm {selflab}.",
        "I am a complete {selflab}.",
        "What {selflab} I am.",
        "I'm just {selflab} who can't do anything right.",
        "{Them} is {otherlab}.",
        "{Them} is such {otherlab}.",
        "Because {past}, I'm {selflab}.",
        "I'm a terrible person.",
        "My boss is an idiot.",
    ],
    # Overgeneralising: a broad rule drawn from one event.
    "absolute": [
        "I always mess everything up.",
        "Nothing ever works out for me.",
        "{Nobody} ever listens to me.",
        "Everyone leaves me in the end.",
        "I'll never find anyone.",
        "This always happens to me.",
        "I never get anything right.",
        "All my relationships end badly.",
        "Every time I try, I fail.",
        "{Past}, so I'll never be good at anything.",
        "Nobody ever cares about what I want.",
        "I'm always the one who gets left out.",
        "Things never go my way.",
        "Everyone thinks I'm boring.",
        "No one will ever love me.",
        "Every job I get ends the same way.",
        "People always let me down.",
        "I can never catch a break.",
        "Since {past}, I know nothing will ever change.",
    ],
    # Should statements: rigid demands on oneself or others.
    "pressure": [
        "I should be over {prob} by now.",
        "I must never make mistakes.",
        "I should be able to cope on my own.",
        "I ought to be stronger than this.",
        "I have to be perfect at everything.",
        "I shouldn't feel {feel} about this.",
        "People should treat me better.",
        "{Them} should know how I feel without me saying.",
        "I must get this right or it's a disaster.",
        "A good parent should never lose their temper.",
        "I should have known better.",
        "I should be further along in life by now.",
    ],
}

# Balanced thoughts and the person's own story: none of the traps.
SELF_NEG: list[str] = [
    "I'm nervous about the interview tomorrow.",
    "{Past}, and I'm going to talk to someone about it.",
    "I made a mistake at work and I'll fix it on Monday.",
    "My friend cancelled, which was disappointing.",
    "I feel sad that {past}.",
    "I didn't do well on this test, but I can study more for the next one.",
    "Sometimes I struggle with deadlines.",
    "I felt {feel} when {past}.",
    "It was a hard week, but Friday was better.",
    "I'm worried about {thing}.",
    "I got some feedback that stung a bit.",
    "I'm not sure what to do about {thing}.",
    "{Past} and I've been thinking about it a lot.",
    "I had an argument with {them} this morning.",
    "I'm tired today because I slept badly.",
    "I'd like to feel more confident.",
    "This time it didn't work out.",
    "I was late for work today.",
    "I keep thinking about what happened.",
    "I'm going to try again next month.",
    "{Them} seemed upset with me today.",
    "I got the job I applied for.",
    "I went for a walk and felt a little better.",
    "I don't know how to tell {them}.",
    "Some days are harder than others.",
    "It's been {n} {span} since {past}.",
]

# Supporter and counsellor talk that is none of the findings.
NEG: list[str] = [
    # giving information
    "Most people find the first few {span} the hardest.",
    "There are support groups for {prob} in most towns.",
    "Research shows that exercise can lift your mood.",
    "The helpline is free and open around the clock.",
    "A lot of employers offer free counselling through work.",
    "Grief often comes in waves.",
    "Sleep problems are common after a big loss.",
    "Citizens Advice can help with debt for free.",
    "Some people feel better after a few sessions, others take longer.",
    "The waiting list is usually about six weeks.",
    "Stress can show up as headaches and tiredness.",
    # self-disclosure
    "When {past2}, it took me a long time to feel normal again.",
    "I went through something similar a few years ago.",
    "I had a really bad year after I lost my job too.",
    "My sister went through a divorce last year.",
    "I remember feeling the same when I moved away from home.",
    "I've been there myself.",
    # restating facts, structuring, greetings, thanks
    "So this started {n} {span} ago.",
    "You mentioned {thing} earlier.",
    "So {event} in the summer.",
    "Hi, thanks for reaching out today.",
    "Hello, how can I help you tonight?",
    "Thanks for sharing that with me.",
    "Thank you for chatting with me.",
    "Let me make sure I've got this right.",
    "Take care of yourself.",
    "Good luck with everything.",
    "Goodbye, and all the best.",
    "I have to go soon, but it was good talking.",
    "We've got about ten minutes left.",
    # closed and clarifying questions
    "Did you talk to {who} about it?",
    "Are you okay?",
    "Is it getting any better?",
    "Do you have anyone you can talk to?",
    "Have you eaten today?",
    "Is this the first time it's happened?",
    "Did that happen recently?",
    "Was that before or after {event}?",
    "Do you live on your own?",
    "Are you still in touch with {who}?",
    "How long ago was that?",
    "How old are your kids?",
    # fillers
    "I see.",
    "Okay.",
    "Right, I understand.",
    "Mm, go on.",
    "Oh no.",
    "Yes, that makes sense.",
    "Hmm.",
]

# Joined to a finding's clause: a neutral clause first, as written replies run on.
NEUTRAL_FIRST: list[str] = [
    "I went through something similar last year",
    "Thanks for telling me about {thing}",
    "I read your message twice",
    "I know it's been {n} {span}",
    "When {past2}, it took me ages to feel normal",
    "I'm not an expert",
    "From what you've said about {thing}",
    "I remember feeling the same way",
]
# What sets a thought off, before it (a thought record's situation).
THOUGHT_OPENERS = [
    "",
    "",
    "",
    "After {past2}, ",
    "Since {past2}, ",
    "Whenever I think about {thing}, ",
    "Honestly, ",
    "Lying awake I keep thinking ",
    "Today it hit me that ",
    "When {past2} I thought ",
]
JOINS = [", and ", ", but ", ", so ", " and ", ", because "]

OPENERS = [
    "",
    "",
    "",
    "",
    "",
    "Honestly, ",
    "Hey, ",
    "Well, ",
    "So ",
    "Oh ",
    "{name}, ",
    "I think ",
    "Look, ",
    "Hmm, ",
    "And ",
    "Yeah, ",
]
TAILS = ["", "", "", "", "", " :(", " x", " haha", " tbh", " ok?", " mate", " hun"]
UK_US = [
    ("mum", "mom"),
    ("apologising", "apologizing"),
    ("CV", "resume"),
    ("neighbours", "neighbors"),
    ("colour", "color"),
    ("counselling", "counseling"),
]
TEXTING = [
    ("you", "u"),
    ("are", "r"),
    ("your", "ur"),
    ("because", "cos"),
    ("really", "rly"),
    ("though", "tho"),
    ("probably", "prob"),
]


def _fill(frame: str, topic: dict[str, list[str]], rng: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        low = key.lower()
        words = topic["past"] if low == "past2" else topic.get(low) or SLOTS[low]
        word = rng.choice(words)
        return word[0].upper() + word[1:] if key[0].isupper() else word

    return re.sub(r"\{(\w+)\}", one, frame)


def _voice(text: str, rng: random.Random, opener: bool = True) -> str:
    """The same line in another register: texting, lower case, US spelling, an opener."""
    roll = rng.random()
    if roll < 0.12:
        text = text.lower().replace("'", "")
    elif roll < 0.20:
        low = " " + text.lower() + " "
        for a, b in rng.sample(TEXTING, 3):
            low = low.replace(f" {a} ", f" {b} ")
        text = low.strip()
    elif roll < 0.27:
        a, b = rng.choice(UK_US)
        text = text.replace(a, b)
    elif roll < 0.34:
        text = text.rstrip(".")
    if opener:
        first = _fill(rng.choice(OPENERS), {}, rng)
        if first and text[:1].isupper() and not text.startswith(("I ", "I'", "CV", "HR")):
            text = text[0].lower() + text[1:]
        text = first + text
    tail = rng.choice(TAILS) if opener else ""
    if tail and text.endswith("."):
        text = text[:-1] + tail
    elif tail and not text.endswith(("?", "!")):
        text = text + tail
    return text


def generate() -> list[dict[str, object]]:
    rng = random.Random(SEED)  # noqa: S311 (reproducible text, not secrets)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []

    def add(text: str, labels: list[str]) -> None:
        if text not in seen:
            seen.add(text)
            rows.append({"text": text, "findings": labels})

    def fills(frames: list[str], labels: list[str], opener: bool = True) -> None:
        for frame in frames:
            for _ in range(PER_FRAME):
                topic = rng.choice(TOPICS)
                text = _voice(_fill(frame, topic, rng), rng, opener)
                if not opener:  # a thought: often with what set it off
                    first = _fill(rng.choice(THOUGHT_OPENERS), topic, rng)
                    if first and text[:2] not in ("I ", "I'"):
                        text = text[0].lower() + text[1:]
                    text = first + text
                add(text, labels)

    for finding, frames in POS.items():
        fills(frames, [finding])
    for finding, frames in SELF.items():
        fills(frames, [finding], opener=False)
    fills(NEG, [])
    fills(SELF_NEG, [], opener=False)
    for finding, frames in POS.items():
        for frame in frames:
            for _ in range(PER_JOINED):
                topic = rng.choice(TOPICS)
                first = _fill(rng.choice(NEUTRAL_FIRST), topic, rng)
                join = rng.choice(JOINS)
                second = _fill(frame, topic, rng)
                if second[:2] not in ("I ", "I'"):
                    second = second[0].lower() + second[1:]
                add(_voice(first + join + second, rng, opener=False), [finding])
    for frame in NEG:
        for _ in range(PER_JOINED):
            topic = rng.choice(TOPICS)
            first = _fill(rng.choice(NEUTRAL_FIRST), topic, rng)
            second = _fill(frame, topic, rng)
            if second[:2] not in ("I ", "I'"):
                second = second[0].lower() + second[1:]
            if not second.endswith("?"):
                add(_voice(first + rng.choice(JOINS) + second, rng, opener=False), [])
    return rows


def main() -> int:
    save_rows(generate(), OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
