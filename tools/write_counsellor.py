"""Write counsellor-register training text: training/meaning/counsellor.jsonl.

    .venv/bin/python tools/write_counsellor.py        # (re)write the file, deterministically

The coach also reads counsellor talk (`alongside mi`, and `check` on a helper's words), and
the learned layer's first training text (tools/write_meaning.py) was mostly messages to a
partner. This file is the team's own counsellor talk, composed here from hand-written frames
written from the MITI 4.2.1 and MISC code definitions (Moyers, Manuel & Ernst 2014; Miller,
Moyers, Ernst & Amrhein 2008), in varied topics (drinking, smoking, drugs, diet, medication,
exercise, sleep, gambling, couples, parenting, work, stress), with the client's talk around
it. Nothing here comes from ../shared/eval-data.

MITI code -> the coach's finding id (`findings` of a line):
  Affirm -> appreciation;  support and normalising -> reassurance
  Advise with permission (asked first, or offered with the choice left open) -> permission
  Advise without permission -> unsolicited_advice;  Direct (orders, commands) -> pressure
  Confront (disagreeing, arguing, correcting, questioning honesty, shaming, blaming,
    labelling, ridiculing) -> invalidation / label / blame / contempt
  Open question -> open_question;  complex reflection, reflection of a feeling -> validation
  Emphasise autonomy -> autonomy
Negatives (findings []): greetings, structuring, giving information, clarifying and other
closed questions, simple restatements of content, facilitation, the client's own talk.
tools/train_meaning.py adds whatever the rules find in each line.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from write_meaning import save_rows

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "training" / "meaning" / "counsellor.jsonl"
SEED = 20261207
PER_FRAME = 12  # fills drawn per frame (duplicates dropped)
PER_JOINED = 3  # two-clause sentences drawn per frame

# One topic's words, so a line stays coherent: {ing} "drinking", {verb} "drink", {goal} "cut
# down", {act} an action in the infinitive, {acting} the same as a gerund, {thing} the
# behaviour as a noun phrase, {unit} what is counted, {who} someone close.
TOPICS: list[dict[str, list[str]]] = [
    {
        "ing": ["drinking", "drinking at night", "drinking after work"],
        "verb": ["drink", "have a drink"],
        "goal": ["cut down on drinking", "stop drinking", "drink less", "stay sober"],
        "act": [
            "keep a drink diary",
            "have three alcohol-free days a week",
            "alternate each drink with a glass of water",
            "set a limit before you go out",
            "clear the alcohol out of the house",
            "go to an AA meeting",
            "switch to low-alcohol beer",
            "tell your friends you're cutting back",
        ],
        "acting": [
            "keeping a drink diary",
            "having alcohol-free days",
            "alternating drinks with water",
            "setting a limit before going out",
            "going to a meeting",
        ],
        "thing": ["the drinking", "your drinking", "the alcohol", "the wine in the evenings"],
        "unit": ["drinks", "units", "beers", "glasses of wine"],
        "who": ["your wife", "your husband", "your kids", "your partner"],
    },
    {
        "ing": ["smoking", "vaping", "smoking at work"],
        "verb": ["smoke", "light up"],
        "goal": ["quit smoking", "stop smoking", "cut down on cigarettes", "give up vaping"],
        "act": [
            "set a quit date",
            "try nicotine patches",
            "call the quit line",
            "throw out your lighters",
            "chew gum when a craving hits",
            "ask your GP about stop-smoking medication",
            "go for a walk instead of a cigarette break",
        ],
        "acting": [
            "using patches",
            "setting a quit date",
            "calling the quit line",
            "going for a walk when the craving hits",
        ],
        "thing": ["the smoking", "your smoking", "the cigarettes", "the vape"],
        "unit": ["cigarettes", "a pack", "roll-ups"],
        "who": ["your daughter", "your partner", "your mum", "your kids"],
    },
    {
        "ing": ["using", "smoking weed", "using cocaine", "taking pills at weekends"],
        "verb": ["use", "get high"],
        "goal": ["stop using", "stay clean", "cut back on weed", "stay off the pills"],
        "act": [
            "delete your dealer's number",
            "go to an NA meeting",
            "speak to a drug worker",
            "stay away from the people you used with",
            "plan your weekends ahead",
            "find something else to do on Friday nights",
        ],
        "acting": [
            "going to meetings",
            "talking to a drug worker",
            "planning the weekends",
            "keeping away from that crowd",
        ],
        "thing": ["the weed", "your using", "the drugs", "the cocaine"],
        "unit": ["joints", "grams", "pills"],
        "who": ["your girlfriend", "your mum", "your probation officer", "your brother"],
    },
    {
        "ing": ["eating late", "snacking", "eating takeaways", "skipping meals"],
        "verb": ["snack", "eat on the go"],
        "goal": ["eat more healthily", "lose some weight", "cut down on sugar", "eat regularly"],
        "act": [
            "plan your meals for the week",
            "keep a food diary",
            "cut out sugary drinks",
            "eat breakfast every day",
            "see a dietitian",
            "keep fruit at your desk",
            "cook a bit extra and freeze it",
        ],
        "acting": [
            "planning meals",
            "keeping a food diary",
            "cooking at home",
            "eating breakfast",
        ],
        "thing": ["your diet", "the snacking", "the sugar", "your eating"],
        "unit": ["snacks", "fizzy drinks", "takeaways"],
        "who": ["your doctor", "your husband", "your family"],
    },
    {
        "ing": ["missing your tablets", "skipping doses", "stopping your medication"],
        "verb": ["skip a dose", "miss a tablet"],
        "goal": [
            "take your medication regularly",
            "stay on your tablets",
            "manage your blood sugar",
            "keep your blood pressure down",
        ],
        "act": [
            "set an alarm for your tablets",
            "use a pill organiser",
            "talk to your doctor about the side effects",
            "take them with breakfast",
            "ask the pharmacist about it",
            "keep a spare pack in your bag",
        ],
        "acting": [
            "using a pill organiser",
            "setting reminders",
            "taking them at the same time",
            "talking to the doctor",
        ],
        "thing": ["the medication", "your tablets", "the insulin", "the side effects"],
        "unit": ["doses", "tablets", "injections"],
        "who": ["your GP", "your wife", "your nurse", "your son"],
    },
    {
        "ing": ["arguing", "shouting at each other", "not talking", "fighting about money"],
        "verb": ["argue", "row"],
        "goal": [
            "get on better with your partner",
            "argue less",
            "feel closer again",
            "talk without shouting",
        ],
        "act": [
            "take a break when it gets heated",
            "set a time each week to talk",
            "try couples counselling",
            "start with how you feel instead of what he did",
            "write each other a letter",
            "agree a signal for stopping a row",
        ],
        "acting": [
            "taking a break",
            "setting a time to talk",
            "starting with how you feel",
            "going to couples counselling",
        ],
        "thing": ["the arguments", "the relationship", "the rows", "things at home"],
        "unit": ["arguments", "rows"],
        "who": ["your partner", "your husband", "your wife", "your boyfriend"],
    },
    {
        "ing": ["shouting at the kids", "losing your temper with your son", "giving in"],
        "verb": ["shout", "lose your temper"],
        "goal": [
            "stay calm with the kids",
            "get bedtime sorted",
            "be more patient with your daughter",
            "set clearer rules",
        ],
        "act": [
            "set a consistent bedtime routine",
            "use a reward chart",
            "give a warning before screen time ends",
            "spend ten minutes a day playing with her",
            "praise him when he gets it right",
            "agree the rules with your partner first",
        ],
        "acting": [
            "using a reward chart",
            "keeping a routine",
            "giving warnings",
            "spending one-to-one time with her",
        ],
        "thing": ["bedtime", "the tantrums", "his behaviour", "the screen time"],
        "unit": ["tantrums", "meltdowns"],
        "who": ["your son", "your daughter", "the kids", "your ex"],
    },
    {
        "ing": ["working late", "working weekends", "taking work home"],
        "verb": ["work late", "check your email at night"],
        "goal": [
            "get on top of the stress at work",
            "find a better balance",
            "leave work on time",
            "find a new job",
        ],
        "act": [
            "talk to your manager",
            "take your lunch break away from your desk",
            "make a to-do list each morning",
            "switch off your email after six",
            "look at other jobs",
            "ask HR about flexible hours",
        ],
        "acting": [
            "talking to your manager",
            "taking proper breaks",
            "making a list",
            "switching off your email",
        ],
        "thing": ["work", "your job", "the deadlines", "the workload"],
        "unit": ["hours", "late nights"],
        "who": ["your manager", "your partner", "your team"],
    },
    {
        "ing": ["gambling", "betting online", "playing the slots"],
        "verb": ["gamble", "place a bet"],
        "goal": ["stop gambling", "get the debts under control", "stay away from the bookies"],
        "act": [
            "sign up for self-exclusion",
            "install a blocking app",
            "give your partner control of the cards",
            "call the gambling helpline",
            "talk to a debt adviser",
        ],
        "acting": [
            "using a blocking app",
            "self-excluding",
            "talking to a debt adviser",
            "handing over the cards",
        ],
        "thing": ["the gambling", "the betting", "the debts", "the apps"],
        "unit": ["bets", "hundred pounds"],
        "who": ["your wife", "your dad", "your partner"],
    },
    {
        "ing": ["sitting around", "staying in bed", "lying awake at night", "not exercising"],
        "verb": ["stay in bed", "skip the gym"],
        "goal": [
            "get more active",
            "sleep better",
            "get out of the house more",
            "walk every day",
        ],
        "act": [
            "go for a short walk each morning",
            "keep the same bedtime every night",
            "put your phone in another room at night",
            "join a walking group",
            "cut out caffeine after lunch",
        ],
        "acting": [
            "walking",
            "keeping a regular bedtime",
            "going to the group",
            "leaving the phone downstairs",
        ],
        "thing": ["your sleep", "the exercise", "the tiredness", "your mood"],
        "unit": ["hours of sleep", "walks"],
        "who": ["your friend", "your sister", "your doctor"],
    },
    {
        "ing": ["worrying", "avoiding people", "staying at home", "overthinking"],
        "verb": ["worry", "avoid it"],
        "goal": [
            "feel less anxious",
            "get back out there",
            "handle the panic",
            "see friends again",
        ],
        "act": [
            "try some breathing exercises",
            "write the worries down before bed",
            "see your GP about it",
            "start with one small outing a week",
            "ring a friend when it gets bad",
        ],
        "acting": [
            "breathing exercises",
            "writing the worries down",
            "going out a little at a time",
            "ringing a friend",
        ],
        "thing": ["the anxiety", "the panic attacks", "the worry", "your mood"],
        "unit": ["panic attacks", "bad days"],
        "who": ["your mum", "your partner", "your friends"],
    },
]

SLOTS: dict[str, list[str]] = {
    "name": ["Sam", "Alex", "Jo", "Chris", "Priya", "Tom", "Leah", "Marco", "Aisha", "Ben"],
    "feel": [
        "frustrated",
        "worried",
        "stuck",
        "fed up",
        "anxious",
        "ashamed",
        "tired",
        "overwhelmed",
        "angry",
        "hopeful",
        "scared",
        "lonely",
    ],
    "n": ["two", "three", "five", "ten", "four", "six"],
    "time": ["last week", "at the weekend", "on Friday", "yesterday", "over Christmas"],
    "day": ["Monday", "Tuesday", "Thursday", "next week", "Friday"],
    "strength": [
        "determined",
        "resourceful",
        "honest",
        "thoughtful",
        "persistent",
        "caring",
        "brave",
        "committed",
    ],
}

POS: dict[str, list[str]] = {
    # Affirm: a genuine statement about the client's strengths, efforts or good intentions.
    "appreciation": [
        "You've worked really hard to {goal}.",
        "It took a lot of courage to come here today.",
        "You clearly care a great deal about {who}.",
        "That's a real achievement, {n} weeks without {ing}.",
        "You've already done one of the hardest parts by coming back.",
        "You're someone who doesn't give up easily.",
        "You showed real determination there.",
        "You handled that situation really well.",
        "You've got a lot of insight into what sets off {thing}.",
        "That was a smart way to deal with it.",
        "You're really committed to trying to {goal}.",
        "Your honesty about {thing} today is impressive.",
        "You've been very resourceful in finding ways to {goal}.",
        "I appreciate you being so open with me.",
        "Thank you for telling me about {thing}, I know that wasn't easy.",
        "You did really well to {act}.",
        "That's a great idea.",
        "You've made real progress since we last met.",
        "Even on the hard days you kept going.",
        "You put {who} first, and that says a lot about you.",
        "Well done for sticking with it.",
        "Coming back after a slip takes strength.",
        "You're a very {strength} person.",
        "You've been so {strength} about all of this.",
        "It's clear you want the best for {who}.",
        "You took a big step when you started {acting}.",
        "Good for you for trying {acting}.",
        "You knew what you needed and you went and did it.",
        "That shows how much you've grown.",
        "You've stuck at {acting} for {n} weeks now, which is impressive.",
        "Good job getting through the weekend.",
        "You're a good parent.",
        "You're good at noticing what you need.",
    ],
    # Support and normalising (the coach's reassurance): sympathy, hope, "it's normal".
    "reassurance": [
        "A lot of people feel that way at the start.",
        "It's completely normal to have cravings in the first few weeks.",
        "Slips are a normal part of changing {thing}.",
        "You're not alone in this.",
        "It's understandable that you feel {feel}.",
        "It makes sense to feel {feel} after a week like that.",
        "I'm here to support you with this.",
        "We'll work through this together.",
        "That's okay, there's no rush.",
        "It's okay to feel {feel} about it.",
        "Many people find {thing} hard to talk about at first.",
        "I'm sorry things have been so hard lately.",
        "Anyone in your position would feel {feel}.",
        "Things can get better, even if it doesn't feel like it now.",
        "There's nothing to be ashamed of here.",
        "It's not unusual to need a few tries before it sticks.",
    ],
    # Advise with permission: asked first, or advice offered with the choice left open.
    "permission": [
        "Would it be okay if I shared some ideas about {thing}?",
        "Would it be alright if I told you what has worked for others?",
        "Would it be OK if I shared what has helped other people?",
        "Can I share some information about {thing}?",
        "I have a few suggestions, would you like to hear them?",
        "Would you be interested in hearing what other people have tried?",
        "Is it okay if we talk about {thing} for a few minutes?",
        "Do you mind if I offer a suggestion?",
        "If you're open to it, one thing some people find helpful is to {act}.",
        "If it's alright with you, I could tell you about {acting}.",
        "I'm not sure if this fits for you, but some people find {acting} helps.",
        "This may or may not work for you, but you could {act}.",
        "Since you asked, one option would be to {act}.",
        "You said you wanted some ideas, so one thing you could try is to {act}.",
        "With your permission, I'd like to go through a few options.",
        "May I make a suggestion about {thing}?",
        "Would it help if I went through a few options with you?",
        "Can I tell you what concerns me about {thing}?",
        "Would you like some ideas on how to {goal}?",
        "How would you feel about me sharing a few things that have worked for others?",
        "If you'd like, I can tell you a bit about {acting}.",
        "Would you be open to hearing about {acting}?",
        "Take it or leave it, but {acting} has helped some people I've worked with.",
        "Can I run an idea past you?",
        "Are you interested in some information about {thing}?",
        "Shall I tell you about a few options, and you can see what fits?",
    ],
    # Advise without permission: suggestions and recommendations nobody asked for.
    "unsolicited_advice": [
        "You should {act}.",
        "I'd suggest you {act}.",
        "I think you should {act}.",
        "It would be a good idea to {act}.",
        "Try to {act}.",
        "Have you thought about trying to {act}?",
        "Why don't you {act}?",
        "What you could do is {act}.",
        "One thing you could do is {act}.",
        "My advice would be to {act}.",
        "The best thing would be to {act}.",
        "I recommend that you {act}.",
        "Maybe you could {act}.",
        "You might want to {act}.",
        "If I were you, I'd {act}.",
        "A good first step would be to {act}.",
        "It really helps to {act}.",
        "Perhaps try {acting}.",
        "Have you considered {acting}?",
        "I'd start by {acting}.",
        "You could always {act}.",
        "Something that works for a lot of people is {acting}.",
    ],
    # Direct: orders, commands and imperatives.
    "pressure": [
        "You need to {act}.",
        "You have to stop {ing}.",
        "You must {act}.",
        "You've got to {goal}.",
        "You need to {goal}, starting today.",
        "Stop {ing} right now.",
        "Don't {verb} this week.",
        "Go home and {act}.",
        "I want you to {act} this week.",
        "Promise me you'll {act}.",
        "Before next week, {act}.",
        "{Act} tonight.",
        "{Act} before our next session.",
        "{Act}, starting tomorrow.",
        "Make a list tonight.",
        "Write down every time you {verb} this week.",
        "Call your doctor tomorrow.",
        "Throw them away today.",
        "You will {act}, no excuses.",
        "No more {ing}, full stop.",
        "Do it today, not next week.",
        "Come back next week with a plan.",
        "You can't carry on {ing}.",
        "You have no choice but to {goal}.",
    ],
    # Confront: disagreeing, arguing, correcting, questioning honesty.
    "invalidation": [
        "That's not true, you were {ing} every day last week.",
        "You're in denial about {thing}.",
        "Come on, you don't really believe that.",
        "I don't believe you only had {n} {unit}.",
        "That's just an excuse.",
        "You're kidding yourself.",
        "That's not how it works and you know it.",
        "You're wrong about that.",
        "You're just making excuses again.",
        "Be honest with yourself for once.",
        "That's rubbish and you know it.",
        "You're fooling yourself if you think {thing} isn't a problem.",
        "No, that's not what happened.",
        "You keep saying that, but it isn't true.",
        "You're not being honest with me.",
        "There's no way that's the whole story.",
        "You're minimising it again.",
        "That doesn't add up.",
        "Don't give me that.",
        "You're just telling me what I want to hear.",
    ],
    # Confront: labelling and criticising the person.
    "label": [
        "You're an alcoholic.",
        "You're an addict, plain and simple.",
        "You're being selfish.",
        "That's a very irresponsible attitude.",
        "You sound like a typical addict.",
        "You're a smoker whether you like it or not.",
        "You're being childish about this.",
        "You're a problem drinker.",
        "That's a lazy way of looking at it.",
        "You're acting like a spoilt teenager.",
    ],
    # Confront: blaming, shaming and moralising.
    "blame": [
        "This is your own fault.",
        "You brought this on yourself.",
        "You're the reason {who} is suffering.",
        "{Who} is paying the price for your {ing}.",
        "You did this to yourself.",
        "You should be ashamed of yourself.",
        "How could you do that to {who}?",
        "What kind of parent carries on {ing}?",
        "Aren't you embarrassed?",
        "You're ruining your own health.",
        "You only have yourself to blame.",
        "You let {who} down again.",
        "If you'd listened last time you wouldn't be in this mess.",
    ],
    # Confront: sarcasm and ridicule.
    "contempt": [
        "Oh sure, just one drink.",
        "Right, and I suppose {thing} just happens by itself.",
        "Well, that worked out great, didn't it?",
        "Yeah, because that's gone so well for you.",
        "Oh, that's a brilliant plan.",
        "Sure, and I'm the Queen of England.",
        "Great, another excuse.",
        "Wow, what a surprise.",
    ],
    "open_question": [
        "What concerns you most about {thing}?",
        "How would your life be different if you could {goal}?",
        "What makes you want to {goal} now?",
        "Tell me about a typical day.",
        "What have you tried before?",
        "How does {thing} fit with what matters to you?",
        "What would need to happen for you to feel ready?",
        "Where would you like to go from here?",
        "What do you enjoy about {ing}?",
        "How do you feel about {thing} at the moment?",
        "What did you notice when you tried {acting}?",
        "What would {who} say about it?",
        "How have things been since we last met?",
        "What would be a first step that feels doable?",
        "Tell me more about what happened {time}.",
        "What's the hardest part about {acting}?",
        "How did you manage to {act} last time?",
        "What would make this week a good week?",
        "What are the good things about {ing}, for you?",
        "How important is it to you to {goal}?",
    ],
    # Complex reflections, and reflections of a feeling.
    "validation": [
        "Part of you wants to {goal}, and part of you isn't ready to give up {thing}.",
        "It sounds like {thing} has become a way of coping with a lot.",
        "You're worried about what this is doing to {who}.",
        "You feel like everyone's on your back about {thing}.",
        "You're really fed up with feeling this way.",
        "So on the one hand {ing} helps you unwind, and on the other it's costing you.",
        "You're wondering whether it's worth the effort.",
        "It's like you're carrying all of this on your own.",
        "You feel {feel} when people bring up {thing}.",
        "It sounds like you're feeling {feel} about {thing}.",
        "You're {feel} that nothing you try seems to work.",
        "Sounds like you've had enough of {thing} running your life.",
        "You want {who} to see how hard you're trying.",
        "It sounds like you're torn.",
        "You'd like things to change, you're just not sure how.",
        "It's been a really hard few weeks for you.",
        "You're feeling {feel} and a bit lost.",
        "So it's less about {thing} and more about feeling in control.",
    ],
    # Emphasise autonomy: the choice is the client's.
    "autonomy": [
        "It's your decision whether you {goal}.",
        "You're the one who knows what will work for you.",
        "Whatever you decide, it's up to you.",
        "Only you can decide if now is the right time to {goal}.",
        "You don't have to decide anything today.",
        "You're in charge of what happens with {thing}.",
        "It's entirely your choice what you do about {thing}.",
        "You know your life better than I do.",
        "Nobody can make that decision for you.",
    ],
}

# Counsellor talk that is none of the findings.
NEG: list[str] = [
    # greetings and structuring
    "Hi {name}, good to see you again.",
    "Thanks for coming in today.",
    "Come in and have a seat.",
    "We have about fifty minutes today.",
    "Last time we talked about {thing}.",
    "Let's pick up where we left off.",
    "Before we finish, let's book the next appointment.",
    "I'll just make a note of that.",
    "I'm going to summarise what I've heard so far.",
    "Let me check I've understood.",
    "We'll come back to that in a minute.",
    "Today I'd like to hear how the week went.",
    "Everything you say in here is confidential.",
    "Our time's nearly up for today.",
    "I'll see you on {day} at the same time.",
    "I've got the form from {who} here.",
    "We'll start with the questionnaire.",
    "This is our fourth session.",
    "I'll send you the details by email.",
    "The next appointment is on {day}.",
    # giving information
    "Alcohol is a depressant.",
    "Nicotine withdrawal usually peaks in the first three days.",
    "The recommended limit is fourteen units a week.",
    "Most cravings pass within about twenty minutes.",
    "That medication can take a few weeks to work.",
    "Cannabis can affect sleep quality.",
    "The clinic is open until eight on Thursdays.",
    "Your blood results came back normal.",
    "The group meets on {day} evenings.",
    "A pint of strong lager is about three units.",
    "Smokers who use support are more likely to quit.",
    "The tablets can make some people drowsy.",
    "Blood pressure tends to rise with stress.",
    "The helpline is free and open all night.",
    "There's a waiting list of about six weeks.",
    "The leaflet has the numbers on the back.",
    "Gambling debts are more common than people think.",
    "Children often test limits around that age.",
    "The sleep clinic takes referrals from your GP.",
    # clarifying and other closed questions
    "Do you mean every night or just weekends?",
    "When you say a few, how many is that?",
    "Was that before or after you started the new job?",
    "Sorry, was that {time}?",
    "Did you {verb} {time}?",
    "How many {unit} is that a day?",
    "Have you taken your tablets today?",
    "Is {who} supportive?",
    "Are you still working at the warehouse?",
    "Would {day} at ten work for you?",
    "Is that right?",
    "Did that help?",
    "Are you sleeping okay?",
    "Is this your first time seeing a counsellor?",
    "Did you bring the diary?",
    "Do you live on your own?",
    "Has anything changed since {time}?",
    # simple restatements of content, facilitation
    "So you {verb} mostly at weekends.",
    "You've cut down to {n} {unit} a day.",
    "You started {acting} {time}.",
    "{Who} came with you last time.",
    "You mentioned {thing} earlier.",
    "So that was {time}.",
    "Okay.",
    "Mm-hmm.",
    "Go on.",
    "I see.",
    "Right.",
    "Yes.",
    "Sure.",
    "Thank you.",
    # the counsellor about themselves
    "I've been doing this work for ten years.",
    "I'm going to be away {day}.",
    "I'll ask my colleague about it.",
]

# The client's talk around the counsellor: stories, ambivalence, change and sustain talk
# (no self-labels or "I should" here: the rules read those, and they are other findings).
CLIENT: list[str] = [
    "I've been {ing} more since I lost my job.",
    "{Who} thinks I have a problem.",
    "I don't think it's that bad.",
    "I want to {goal} but it's hard.",
    "I had about {n} {unit} {time}.",
    "The doctor told me to {goal}.",
    "I'm not ready to stop completely.",
    "I tried {acting} before and it didn't work.",
    "Honestly it helps me relax.",
    "I'm worried about my health.",
    "I keep forgetting.",
    "Work has been crazy.",
    "I've cut down a bit since {time}.",
    "I just feel stuck.",
    "It was a good week actually.",
    "I went to the group on {day}.",
    "My mate came round {time} and we ended up {ing}.",
    "I don't really see the point.",
    "It's the only thing that helps me sleep.",
    "I did try {acting} for a while.",
    "{Who} has been really good about it.",
    "I'm here because {who} made the appointment.",
    "Everyone at work does it.",
    "I suppose I could try.",
    "Maybe in a few months.",
    "I've been thinking about what you said.",
    "I'd like to feel healthier.",
    "It's hard when everyone around me is {ing}.",
    "I was doing fine until {time}.",
    "I'm not sure where to start.",
]

# Peer-support and counsellor talk that is none of the findings, in the longer sentences of
# written replies: conditionals that offer rather than advise, information hedged with
# "may" and "might", self-disclosure, and offers of contact.
NEG_LONG: list[str] = [
    "If you ever need someone to talk to, feel free to message me.",
    "Feel free to get in touch if you need to talk.",
    "Let me know if you need anything at all.",
    "If you have any questions about {thing}, just ask.",
    "If you've been through something like that, you may find it hard to trust people.",
    "If {ing} started after the move, it may be linked to the stress of it.",
    "You might notice that the cravings are worse when you're tired.",
    "Some people may find that {thing} gets worse before it gets better.",
    "It may be that {who} is worried too and doesn't know how to say it.",
    "Sometimes {thing} can be a way of dealing with feelings that are hard to name.",
    "When people {verb} a lot, their sleep can suffer without them noticing.",
    "I went through something similar when my dad died and it took me a long time to feel normal.",
    "I used to {verb} every night to get to sleep, so I know how hard it can be.",
    "I've had days like that too, where nothing seems to go right.",
    "I remember when I was trying to {goal}, the first month was the hardest.",
    "My brother had the same problem with {thing} a few years ago.",
    "I'm not a professional, just someone who has been in a similar place.",
    "I read your post twice because a lot of it sounded familiar.",
    "There are lots of reasons why {thing} can feel so hard to change.",
    "It can take a while for {who} to notice the changes you're making.",
    "Whether you {goal} or not, the appointment is still on {day}.",
    "You may have heard that {acting} can help, and for some people it does.",
    "A lot of what you describe is common after a big change in your life.",
    "The way you describe it, it sounds like it happened slowly over a few years.",
    "When I say {thing}, I mean how often it happens, not how bad it is.",
    "Even though it's only been {n} weeks, it sounds like a lot has happened.",
]

# Two clauses in one sentence: a finding's clause beside a neutral one, as written replies
# run on ("I went through something similar, and it really helps to keep a diary.").
JOINS = [", and ", ", but ", ", so ", " and ", ", because "]

OPENERS = ["", "", "", "", "So, ", "Okay, ", "Right, ", "Well, ", "{name}, ", "Mm, ", "And "]
UK_US = [
    ("organiser", "organizer"),
    ("minimising", "minimizing"),
    ("counselling", "counseling"),
    ("behaviour", "behavior"),
    ("mum", "mom"),
    ("programme", "program"),
]


def _fill(frame: str, topic: dict[str, list[str]], rng: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        words = topic.get(key.lower()) or SLOTS[key.lower()]
        word = rng.choice(words)
        return word[0].upper() + word[1:] if key[0].isupper() else word

    return re.sub(r"\{(\w+)\}", one, frame)


def _voice(text: str, rng: random.Random, client: bool = False) -> str:
    """The same line in another register: a transcript's lower case, US spelling, an opener."""
    roll = rng.random()
    if roll < 0.12:
        text = text.lower().replace("'", "")
    elif roll < 0.20:
        a, b = rng.choice(UK_US)
        text = text.replace(a, b)
    elif roll < 0.25:
        text = text.rstrip(".")
    opener = "" if client else _fill(rng.choice(OPENERS), {}, rng)
    if opener and text[:1].isupper() and not text.startswith(("I ", "I'", "AA", "GP", "NA ")):
        text = text[0].lower() + text[1:]
    return opener + text


def generate() -> list[dict[str, object]]:
    rng = random.Random(SEED)  # noqa: S311 (reproducible text, not secrets)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []

    def add(frames: list[str], labels: list[str], client: bool = False) -> None:
        for frame in frames:
            for _ in range(PER_FRAME):
                text = _voice(_fill(frame, rng.choice(TOPICS), rng), rng, client)
                if text not in seen:
                    seen.add(text)
                    rows.append({"text": text, "findings": labels})

    for finding, frames in POS.items():
        add(frames, [finding])
    add(NEG + NEG_LONG, [])
    add(CLIENT, [], client=True)
    neutral = NEG_LONG + [f for f in CLIENT if len(f.split()) > 4]
    for finding, frames in POS.items():
        for frame in frames:
            for _ in range(PER_JOINED):
                topic = rng.choice(TOPICS)
                first = _fill(rng.choice(neutral), topic, rng).rstrip(".!?")
                second = _fill(frame, topic, rng)
                if second[:2] not in ("I ", "I'"):
                    second = second[0].lower() + second[1:]
                text = first + rng.choice(JOINS) + second
                if text not in seen:
                    seen.add(text)
                    rows.append({"text": text, "findings": [finding]})
    for frame in NEG + NEG_LONG:
        for _ in range(PER_JOINED):
            topic = rng.choice(TOPICS)
            first = _fill(rng.choice(neutral), topic, rng).rstrip(".!?")
            second = _fill(frame, topic, rng)
            if second[:2] not in ("I ", "I'") and not second.startswith(("GP", "AA", "NA")):
                second = second[0].lower() + second[1:]
            text = first + rng.choice(JOINS) + second
            if text not in seen and not text.endswith("?"):
                seen.add(text)
                rows.append({"text": text, "findings": []})
    return rows


def main() -> int:
    rows = generate()
    save_rows(rows, OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
