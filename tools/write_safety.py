"""Write varied team-written safety training text from the kinds' definitions (issue 10).

    .venv/bin/python tools/write_safety.py

Writes `training/safety/varied_*.jsonl` ({"text", "kinds"} lines, see training/safety/README.md)
by combining hand-written pieces: who (first person, a named or unnamed partner, a sister's or a
friend's partner), what happened (per kind, past and present, direct and indirect), how it is
framed ("idk if this matters but", "my sister says") and when; the same frames and people also
carry everyday couple talk (limits, time-out plans, chores, money decisions, in-laws, new-baby
exhaustion jokes, therapy talk, figures of speech), so that neither side is told apart by its
frame. Some texts are then written as people type them: lower case, no apostrophes, "u" for
"you", a letter swapped. Long posts put one dangerous sentence among ordinary ones (or none).

Deterministic (a fixed seed): rerunning writes the same files. Never reads `evalsets/` or
../shared/eval-data: every piece below was written here, from the definitions.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "training" / "safety"
SEED = 10_2026

# Who does it: (as a subject, object pronoun, possessive, subject pronoun).
HE = [
    ("he", "him", "his", "he"),
    ("my husband", "him", "his", "he"),
    ("my boyfriend", "him", "his", "he"),
    ("my bf", "him", "his", "he"),
    ("my partner", "him", "his", "he"),
    ("my ex", "him", "his", "he"),
    ("my fiance", "him", "his", "he"),
    ("Sam", "him", "his", "he"),
    ("Dan", "him", "his", "he"),
    ("Chris", "him", "his", "he"),
    ("Mark", "him", "his", "he"),
    ("Ryan", "him", "his", "he"),
    ("Liam", "him", "his", "he"),
    ("Jordan", "him", "his", "he"),
    ("Kev", "him", "his", "he"),
    ("Tom", "him", "his", "he"),
]
SHE = [
    ("she", "her", "her", "she"),
    ("my wife", "her", "her", "she"),
    ("my girlfriend", "her", "her", "she"),
    ("my gf", "her", "her", "she"),
    ("my partner", "her", "her", "she"),
    ("my ex", "her", "her", "she"),
    ("Jess", "her", "her", "she"),
    ("Kate", "her", "her", "she"),
    ("Priya", "her", "her", "she"),
    ("Emma", "her", "her", "she"),
    ("Laura", "her", "her", "she"),
    ("Nat", "her", "her", "she"),
]
# The person it happens to: first person, or a sister / friend / mum / brother (third person).
ME = {
    "v": "me",
    "vp": "my",
    "vs": "I",
    "vam": "I'm",
    "vwas": "I was",
    "vhave": "I've",
    "vself": "myself",
}
HER = {
    "v": "her",
    "vp": "her",
    "vs": "she",
    "vam": "she's",
    "vwas": "she was",
    "vhave": "she's",
    "vself": "herself",
}
HIM = {
    "v": "him",
    "vp": "his",
    "vs": "he",
    "vam": "he's",
    "vwas": "he was",
    "vhave": "he's",
    "vself": "himself",
}
OTHERS = [
    ("my sister", HER),
    ("my friend", HER),
    ("my mum", HER),
    ("my cousin", HER),
    ("my brother", HIM),
    ("my best mate", HIM),
]
THIRD_OPEN = [
    "I'm worried about {who}.",
    "{Who} told me something last night.",
    "Asking for {who}.",
    "Not about me, it's {who}.",
    "{Who} finally opened up to me.",
]
# How a sentence is framed (shared by danger and everyday lines).
FRAMES = [
    "{x}",
    "{x}",
    "{x}",
    "{x}",
    "idk if this matters but {x}",
    "not sure if this is normal but {x}",
    "honestly {x}",
    "I need to say this somewhere. {x}",
    "{x} and I don't know what to do.",
    "{x} and I don't know who to tell.",
    "{x}, is that normal?",
    "{x}. Sorry, I don't even know why I'm posting.",
    "Long story short, {x}",
    "Update: {x}",
    "So yeah, {x}",
    "{x}. Anyway.",
    "tbh {x}",
    "I keep thinking about how {x}",
    "My therapist asked me about it and {x}",
    "{x}. My mum says I'm overreacting.",
]
WHEN = [
    "",
    "",
    "",
    " last night",
    " again",
    " last week",
    " when he'd been drinking",
    " after the row",
    " in front of the kids",
    " every time I bring up counselling",
    " over Christmas",
    " when I said no",
    " a few months ago",
    " yesterday",
]

# Each kind's happenings. {S} the partner as subject (first letter as written), {O}/{P}/{SP}
# their pronouns, {v}/{vp}/{vs}/{vam}/{vwas}/{vhave} the person it happens to.
DANGER: dict[str, list[str]] = {
    "physical_violence": [
        "{S} grabbed {v} by the arm so hard it left bruises{when}",
        "{S} shoved {v} into the wardrobe{when}",
        "{S} put {P} hands on {v}{when}",
        "{S} got physical with {v}{when}",
        "{S} pinned {v} to the bed and wouldn't let go{when}",
        "{S} held {v} down on the floor{when}",
        "{S} threw the remote at {vp} head{when}",
        "{S} punched the wall right next to {vp} face{when}",
        "{S} kicked the door in{when}",
        "{S} stood in the doorway so {vs} couldn't get out{when}",
        "{S} blocked the door and wouldn't let {v} leave{when}",
        "{S} dragged {v} out of the car{when}",
        "{S} squeezed {vp} neck until {vs} saw spots",
        "{S} put a pillow over {vp} face{when}",
        "{S} smashed {vp} phone on the floor{when}",
        "{S} broke {vp} glasses and laughed",
        "{S} tips the table over when {SP} loses it",
        "{S} drove at 100 on the motorway to scare {v}{when}",
        "{S} used to slap {v} when {SP} was drunk",
        "{S} twisted {vp} arm behind {vp} back{when}",
        "{S} pulled {vp} hair{when}",
        "{S} spat in {vp} face{when}",
        "{S} shook {v} so hard {vp} teeth rattled",
        "{vam} covering the bruises with long sleeves",
        "{vhave} got a black eye and told work it was the cupboard door",
        "{vs} had to get stitches after {S} threw a glass",
        "{S} throws things when {SP} gets angry, plates, the kettle, whatever's near",
        "{S} headbutted {v}{when}",
        "{S} pushed {v} down the stairs",
        "{S} rammed {vp} car with {P} car",
        "{S} gets rough with {v} when {SP}'s angry",
        "{S} hurts {v} and then says sorry and buys flowers",
        "{S} sat on {v} so {vs} couldn't breathe",
        "{S} threw {v} against the fridge{when}",
        "{S} hit {v} with a belt",
        "{S} bit {v} hard enough to bleed",
        "{S} put {vp} hand on the hob",
        "{S} would lock {v} out of the house in the cold",
        "{S} smacked {v} across the face{when}",
        "{S} elbowed {v} in the ribs on purpose",
    ],
    "sexual_violence": [
        "{S} forced {v} to have sex{when}",
        "{S} keeps going even when {vs} say stop",
        "{S} wouldn't stop when {vs} said no",
        "{S} had sex with {v} while {vs} was asleep",
        "{S} did things to {v} when {vwas} too drunk to say no",
        "{S} pressures {v} into sex until {vs} give in",
        "{S} sulks and threatens to cheat unless {vs} sleep with {O}",
        "{S} made {v} do things in bed {vs} didn't want to do",
        "{S} filmed {v} without asking and won't delete it",
        "{S} says {SP}'ll send the photos to everyone if {vs} leave||threats",
        "{S} raped {v}",
        "{S} assaulted {v} after the party",
        "{vs} woke up with {S} on top of {v}",
        "{S} says it's {vp} duty as a wife",
        "{S} touched {v} when {vs} was a kid",
        "{vam} a survivor of childhood abuse, an uncle",
        "{S} won't take no for an answer in bed",
        "{S} held {v} down and wouldn't stop",
        "{S} took the condom off without telling {v}",
        "{S} grabs {v} between the legs in front of people",
        "{vs} just lie there until it's over because saying no makes it worse",
        "{S} makes {v} watch stuff {vs} hate and copy it",
        "{S} shared nudes of {v} with {P} mates",
    ],
    "threats": [
        "{S} said {SP}'d kill {v} if {vs} ever left",
        "{S} told {v} nobody would find {vp} body",
        "{S} threatened to hurt the kids if {vs} leave||harm_to_children",
        "{S} says {SP}'ll take the kids and {vs}'ll never see them again||coercive_control",
        "{S} said {SP}'d burn the house down with {v} in it",
        "{S} showed {v} the knife and said next time",
        "{S} keeps a gun in the car and reminds {v} it's there",
        "{S} threatened to drown the dog||harm_to_animals",
        "{S} says {SP}'ll kill {O}self if {vs} leave||self_harm",
        "{S} texted that {vs}'d regret it and that {SP} knows where {vp} parents live",
        "{S} said {SP}'d make {v} disappear",
        "{S} told {v} {SP}'d end {v}",
        "{S} threatens to hurt {v} if dinner isn't ready",
        "{S} said if {vs} ever went to the police {SP}'d finish {v}",
        "{S} says if {SP} can't have {v} nobody can",
        "{S} held a lighter to {vp} hair and said one day||physical_violence",
        "{S} said {SP} would smash {vp} face in",
        "{S} threatened {vp} mum",
        "{S} said {SP} knows people who could hurt {v}",
        "{S} says {SP}'ll post {vp} private pictures if {vs} go||sexual_violence",
    ],
    "stalking": [
        "{S} put a tracker on {vp} car",
        "{S} checks {vp} location every hour",
        "{S} reads all {vp} messages every night",
        "{S} took {vp} phone and won't give it back",
        "{S} goes through {vp} phone while {vs} sleep",
        "{S} turned up at {vp} work and waited outside",
        "{S} follows {v} when {vs} go out with friends",
        "{S} put an app on {vp} phone so {SP} can see everything",
        "{S} installed cameras in the living room to watch {v}",
        "{S} knows things {vs} only said in texts",
        "{S} logs into {vp} emails",
        "{S} keeps driving past {vp} new flat",
        "{S} makes {v} video call to prove where {vam}",
        "{S} checks the mileage on {vp} car",
        "{S} has {vp} passwords and changes them",
        "{S} rings {v} forty times if {vs} don't answer",
        "{S} sits outside {vp} house at night",
        "{S} made a fake account to watch {vp} stories",
        "{S} changed {vp} phone settings so {SP} gets a copy of every text",
        "{S} listens at the door when {vam} on the phone",
        "{S} turns up wherever {vs} go, the gym, the shop, {vp} mum's",
        "{S} found {v} at the refuge somehow",
        "{S} reads {vp} diary and quotes it back",
    ],
    "fear_of_partner": [
        "{vam} scared of {O}",
        "{vam} terrified of what {S} will do when {SP} finds out",
        "{vam} scared of what {SP}'ll do when {SP} gets home",
        "{vs} hid the kitchen knives before {SP} got back",
        "{vs} sleep with the car keys under {vp} pillow",
        "{vs} locked {vself} in the bathroom until {SP} fell asleep",
        "{vs} walk on eggshells so {SP} doesn't explode",
        "{vs} plan everything around {P} moods so {SP} doesn't kick off",
        "{vs} go quiet when {vs} hear {P} car in the drive",
        "{vs} feel sick when {P} key turns in the door",
        "{vam} afraid to go home",
        "{vs} keep a bag packed in case {vs} need to run",
        "{vs} daren't tell {O} about the bill",
        "{vam} too frightened to say no to {O}",
        "{vs} sleep at {vp} mum's when {SP}'s like this because {vs} don't feel safe",
        "{vs} only felt safe once the door was locked",
        "{vs} flinch when {SP} raises {P} hand",
        "{vs} keep {vp} phone on {v} in case {vs} need to call 999",
        "{vs} wait in the car until {SP}'s asleep",
        "{vam} frightened of {P} temper",
        "{vs} hide the kids' toys so {SP} won't lose it",
        "{vs} don't know what {SP}'s capable of anymore",
        "{vs} shake when {SP} texts",
    ],
    "coercive_control": [
        "{S} takes {vp} wages and gives {v} pocket money",
        "{S} won't let {v} have {vp} own bank account",
        "{S} decides what {vs} wear and who {vs} see",
        "{S} took {vp} passport and keeps it locked away",
        "{vs} have to ask {O} before {vs} eat",
        "{vs} have to ask permission to leave the house",
        "{S} stopped {v} seeing {vp} friends",
        "{S} won't let {v} see {vp} family",
        "{S} makes {v} show receipts for everything",
        "{S} times how long {vs} take at the shop",
        "{S} made {v} quit {vp} job",
        "{S} controls all the money and {vs} get nothing",
        "{S} hides the car keys so {vs} can't go anywhere",
        "{S} says {vs} can't go to {vp} sister's wedding",
        "{S} cut {v} off from everyone",
        "{S} took out loans in {vp} name",
        "{S} won't let {v} have a phone",
        "{S} decides when {vs} sleep and when {vs} eat",
        "{S} locks the food cupboard",
        "{S} tells {v} what {vs} can weigh",
        "{S} keeps {vp} visa papers",
        "{S} says {SP}'ll report {v} to immigration if {vs} leave||threats",
        "{vs} need {P} permission to see a doctor",
    ],
    "harm_to_children": [
        "{S} hit our son{when}",
        "{S} shook the baby when she wouldn't stop crying",
        "{S} slapped our daughter across the face",
        "{S} locks the kids in their room for hours",
        "{S} threw our toddler onto the sofa",
        "{S} leaves the baby alone to go to the pub",
        "{S} grabbed our boy by the neck",
        "the kids saw {S} hit {v}||physical_violence",
        "our daughter hides under the bed when {S} shouts",
        "{S} smacks the kids with a wooden spoon",
        "{S} made our son stand outside in the cold as punishment",
        "{S} doesn't feed the kids when {vam} at work",
        "{S} kicked our son",
        "{S} dragged our girl up the stairs by her arm",
        "{S} pushed our little one off the bed",
        "our son has bruises from {S}",
        "{S} told the kids {SP}'d hurt them if they told||threats",
        "{S} drives drunk with the kids in the car",
        "{S} hits my stepson with a belt",
        "the baby had a mark on her face after {S} had her",
        "{S} screams in the kids' faces until they shake",
    ],
    "harm_to_animals": [
        "{S} kicked the dog{when}",
        "{S} keeps the dog in a crate all day as a punishment",
        "{S} threw the cat across the room",
        "{S} hurt the puppy to get at {v}",
        "{S} drowned the kittens",
        "{S} starves the dog when {vs} go away",
        "{S} locked the cat in the shed for days",
        "{S} hit the dog with a lead",
        "{S} choked the dog until it yelped",
        "{S} killed {vp} rabbit",
        "{S} stamped on the hamster",
        "{S} shuts the dog outside in the rain all night to punish {v}",
        "the dog cowers when {S} walks in",
        "{S} threw the puppy down the stairs",
        "{S} poisoned the neighbour's cat",
        "{S} hurts the animals when {SP}'s angry with {v}",
    ],
    "self_harm": [
        "{vs} don't want to be here anymore",
        "{vs} keep thinking everyone would be better off without {v}",
        "{vs} just want to go to sleep and not wake up",
        "{vs} want to disappear for good",
        "{vs} wish {vs} could just stop existing",
        "{vs} have been cutting again",
        "{vs} took too many pills last month",
        "{vs} looked up how many tablets it would take",
        "{vs} have a plan and a date",
        "{vs} stood on the bridge for a long time last night",
        "{vs} have been saving up {vp} meds",
        "{vs} gave {vp} things away this week",
        "{vs} wrote letters to everyone just in case",
        "{vam} so done with everything, there's no point going on",
        "{vs} want to end it all",
        "{vs} burn {vself} to feel something",
        "{vs} don't see a way out except dying",
        "{vs} want the pain to stop for good",
        "{vs} tried to kill {vself} in 2019",
        "{S} talks about ending {P} life",
        "{S} said {SP} doesn't want to wake up anymore",
        "{S} has been googling ways to die",
        "{S} took an overdose last year",
        "{S} says the world would be better without {O}",
        "{S} cuts {P} arms when we fight",
        "{vs} think about driving into a wall",
        "{vam} tired of living",
        "{vs} can't do this anymore, {vs} want it to be over",
        "{vs} keep thinking about the rope in the garage",
        "{vs} would rather be dead than go on like this",
    ],
    "harm_to_others": [
        "{vs} have urges to hurt {O}",
        "{vs} keep picturing hurting {O} badly",
        "{vam} scared {vs}'ll hit {O}",
        "{vs} want to hurt {O} the way {SP} hurt {v}",
        "{vs} keep thinking about hurting the baby and it scares {v}||harm_to_children",
        "{vs} have thought about poisoning {P} food",
        "{vs} want to smash {P} head in",
        "{vs} almost hit {O} with the car on purpose",
        "{vs} planned how {vs}'d get back at {O} and it frightens {v}",
        "{S} says {SP} wants to kill {P} boss",
        "{S} talks about hurting {P} ex",
        "{S} has a list of people {SP} wants to hurt",
        "{S} said {SP}'d stab the next guy who looks at {v}",
        "{vs} lose control and want to break someone",
        "{vam} afraid of what {vs} might do to {O}",
        "{vs} get these thoughts of hurting people, strangers even",
    ],
}

# Everyday couple talk that shares words with danger but has none (kinds []).
EVERYDAY = [
    # limits and time-out plans
    "If it gets heated I'm going to step outside for twenty minutes and then come back",
    "When we argue in front of the kids I'd like us both to stop and pick it up after bedtime",
    "If you come in late again I'm going to sleep in the spare room that night",
    "If you've been drinking I'm not going to talk about money, we can do it tomorrow",
    "I'm going to go for a walk when it starts getting loud, not to punish you, just to calm down",
    "Let's agree a time-out word for when we're both too angry to listen",
    "When I say pause, can we both go to different rooms for half an hour?",
    "I'll stay at my sister's on Saturday so we both get a bit of space",
    "If you raise your voice at me I'm going to end the call and ring back later",
    "I'm going to take the kids to the park when we start bickering",
    "Next time I feel myself getting wound up I'll go and sit in the car for ten minutes",
    "I'm not going to argue with you at midnight anymore, we can talk at breakfast",
    "If the row starts up again I'm going to put my headphones on and go upstairs",
    "I need you to stop drinking on weeknights or I'm going to sleep at my mum's for a bit",
    "Stop smoking in the car or I'm not getting in it",
    "Stop gaming till 3am or I'm moving the console out of the bedroom",
    "If you don't come to one counselling session I'm leaving, I mean it this time",
    "If nothing changes by the summer I'm moving out",
    "I'm leaving if the drinking doesn't stop, I can't keep doing this",
    "Either your brother finds his own place or I'm going to my mum's",
    # chores, money, home
    "I'm not picking your socks up off the floor anymore",
    "If the washing isn't in the basket it doesn't get washed",
    "I've booked a cleaner for Fridays and I'm paying for it out of my own money",
    "I paid the electric from my account so can you do the council tax",
    "I've moved my savings into a separate account so I stop dipping into it",
    "We agreed I handle the bills and you do the food shop",
    "I'm paying for my own gym membership, it's done",
    "Your mum has a key and keeps letting herself in, I want it back",
    "I'm changing the locks on the shed because the old key snapped",
    "Can you leave the back door unlocked, I forgot my keys",
    "I'll wait in the car while you pop into the chemist",
    "I can drive you there and wait in the car park",
    "I'm locking the front door at ten so text me if you'll be late",
    "The car keys are in the bowl by the door",
    "I hid the biscuits so the kids wouldn't eat them all",
    "I hid your present in the garage so don't go looking",
    "Put the knives in the dishwasher blade down please",
    "I slept on the sofa because your snoring was unreal",
    "Your son is so rude to me and you just let it slide",
    "Your daughter slammed her door again and you didn't say a word",
    "My stepson treats me like the cleaner",
    "He only ever texts me when he wants something",
    "She checks the bank app every morning, it's her thing",
    "He tracks every penny in a spreadsheet and honestly it helps",
    "We share locations when one of us is driving home late, we both wanted that",
    "I read your text out to my sister because it was so sweet",
    # new baby, exhaustion, figures of speech
    "Oh you're tired? I grew a whole human and pushed it out last week",
    "I pushed a baby out of my body ten days ago, don't talk to me about tired",
    "I've had 3 hours of sleep in four days, I'm basically dead",
    "The baby screamed from 2 till 5 and I'm a zombie",
    "This teething is going to finish me off",
    "I'm so tired I could cry, the baby won't settle",
    "The night feeds are killing me",
    "If the baby wakes up one more time I'm going to lose it, lol",
    "My stitches are healing, the midwife says it's all normal",
    "I'm bleeding less now, the health visitor was happy",
    "This traffic is killing me",
    "I could murder a pizza right now",
    "I could kill for a cup of tea",
    "My feet are killing me after that shift",
    "He absolutely killed it at karaoke",
    "I'm going to strangle the printer",
    "We got destroyed at the pub quiz",
    "The kids are driving me up the wall",
    "I nearly died laughing at the dog",
    "I'm dying to see you",
    "I'd kill to have a lie-in",
    "I'm dead on my feet",
    "He's a nightmare when he's hungry",
    "She'll kill me if I forget the milk again, haha",
    "My boss is going to murder me, I missed the deadline",
    "I'm going to hit the gym after work",
    "He hit the roof when he saw the parking ticket",
    "She knocked it out of the park with that speech",
    "I punched the air when the offer came through",
    "The kids smashed it at sports day",
    "I shot him a look across the table",
    "We had a blazing row about the dishwasher",
    "He fights with the sat nav every time we drive",
    "I'm scared of spiders, always have been",
    "I'm terrified of the driving test",
    "I'm scared he'll say no to couples therapy",
    "I'm scared the dog will chew the sofa while we're out",
    "I'm scared of the dentist, can you come with me?",
    "I'm scared we're drifting apart",
    "I'm afraid we've stopped talking properly",
    "I'm worried about his blood pressure",
    "I'm worried about her, she's been so low since her dad died",
    "I could sleep for a week",
    "I'm so done with this week",
    "I can't be bothered with anything today",
    "I need a holiday so badly",
    # therapy and support talk
    "I found a support group for dads that meets on Tuesdays, want to come?",
    "There's a peer group for veterans, not therapy, just other guys, want the link?",
    "I'll send you the link to the counsellor's website",
    "My therapist says I should name how I feel instead of shutting down",
    "Would you come to one session with me, just to see?",
    "I can come and wait outside while you have your appointment",
    "The GP said I could refer myself for talking therapy",
    "I started seeing someone about my anxiety and it's helping",
    "I found a grief group at the church hall, would you try it once?",
    "She does physical therapy for her knee on Wednesdays",
    "We did a couples workshop and it was actually fine",
    "He says therapy is for people with real problems",
    "He rolled his eyes when I mentioned counselling",
    "I'd love it if we could talk to someone together",
    # warm and logistics
    "Can you pick the kids up at four? I'm stuck at work",
    "Thanks for cooking tonight, it meant a lot",
    "You made me laugh so much last night",
    "I'm proud of you for calling your dad",
    "Let's go to bed early tonight, we're both shattered",
    "Are you coming home for dinner or shall I save you a plate?",
    "I miss you, hurry home",
    "Don't forget the bins go out tonight",
    "Text me when you land",
    "I left the spare key with next door",
    "He surprised me with flowers when I got home",
    "She took my phone to look at the holiday photos",
    "He grabbed my hand in the car park and we ran for the bus",
    "She pushed me to apply for the job and I got it",
    "He pushed the pram all the way up the hill",
    "We had a pillow fight with the kids",
    "He carried me over the threshold, so cheesy",
    "The dog sleeps in her crate at night and loves it",
    "We crate the puppy for an hour while we're at the shops, the trainer said to",
    "The cat knocked my mug off the table again",
    "The baby threw her spoon across the kitchen and laughed",
    "Our son fell off his scooter and grazed his knee",
    "Our daughter shut herself in her room to sulk after we said no phone",
    "He locked himself out again, third time this month",
    "I locked myself out of my laptop",
    "I hid in the bathroom to finish my chocolate in peace",
    "She's been quiet since the argument but we talked it through",
    "We argue about money and chores a lot",
    "You never listen to me when I talk about my day",
    "You always take your mum's side",
    "You said you'd be home at six and it was nine",
    "I felt invisible at the party",
    "I'm hurt you forgot our anniversary",
    "You called me dramatic in front of your friends and it stung",
]

# Sentences for long posts: ordinary context around the one dangerous sentence (or alone).
POST_OPEN = [
    "Throwaway because he knows my main account.",
    "Sorry this is long.",
    "I've never posted before.",
    "Not sure this is the right place.",
    "Me (34F) and my husband (36M) have been together nine years.",
    "My partner and I have two kids under five.",
    "We've been married for twelve years.",
    "Bit of background first.",
    "I don't really know what I'm asking.",
    "First time posting, long time reader.",
    "My boyfriend (29) and I (27) moved in together last spring.",
    "We've been together since uni.",
]
POST_MIDDLE = [
    "He works long shifts and I do most of the school runs.",
    "Money has been tight since I went part time.",
    "His mum is in and out of hospital, which doesn't help.",
    "We argue about chores and who does the bedtime routine.",
    "He won't go to couples counselling, he says it's a waste of money.",
    "I've asked her three times to come to one session with me.",
    "We used to go on walks every Sunday and we just stopped.",
    "The baby isn't sleeping and neither are we.",
    "His job is really stressful right now.",
    "My friends say every couple goes through this.",
    "I love him, I really do.",
    "She's a great mum to the kids.",
    "We moved to a new city last year and I don't know many people yet.",
    "I've been reading a lot about communication styles.",
    "Things were good for the first few years.",
    "He says I nag and I say he never listens.",
    "We tried a weekend away and it was nice for a day.",
    "My sister thinks I should give it more time.",
    "I've started going to the gym to clear my head.",
    "He's been drinking more since he lost his dad.",
    "We're both exhausted all the time.",
    "I don't want the kids growing up around constant bickering.",
    "His family think I'm too sensitive.",
    "I tried writing him a letter instead of talking.",
    "The in-laws are coming for Christmas again.",
    "We barely talk except about logistics.",
    "I feel like a housemate rather than a wife.",
    "He forgot my birthday and then got defensive about it.",
    "I'm the one who plans everything.",
    "She says she'll change and then nothing happens.",
]
POST_CLOSE = [
    "Is this normal?",
    "Any advice would help.",
    "Am I overreacting?",
    "How do I bring up therapy without a fight?",
    "What would you do?",
    "Thanks for reading.",
    "I just needed to get this out.",
    "I don't know what to do next.",
    "How do other people cope with this?",
    "Should I push for counselling or let it go?",
]

TEXTSPEAK = [
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bbecause\b", "cos"),
    (r"\breally\b", "rly"),
    (r"\bsomething\b", "smth"),
    (r"\btonight\b", "tonite"),
    (r"\bdon't\b", "dont"),
    (r"\bI'm\b", "im"),
    (r"\bcan't\b", "cant"),
]


def typed(text: str, rnd: random.Random) -> str:
    """The text as it is often typed: lower case, text-speak, a letter swapped or dropped."""
    out = text
    roll = rnd.random()
    if roll < 0.35:
        out = out.lower()
        for pattern, repl in TEXTSPEAK:
            if rnd.random() < 0.6:
                out = re.sub(pattern, repl, out, flags=re.IGNORECASE)
        out = out.replace("'", "") if rnd.random() < 0.5 else out
    if rnd.random() < 0.3:
        words = out.split(" ")
        long = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if long:
            i = rnd.choice(long)
            w = words[i]
            k = rnd.randrange(1, len(w) - 2)
            words[i] = (
                w[:k] + w[k + 1] + w[k] + w[k + 2 :] if rnd.random() < 0.5 else (w[:k] + w[k + 1 :])
            )
            out = " ".join(words)
    if rnd.random() < 0.3:
        out = out.rstrip(".")
    return out


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


THIRD_VERBS = re.compile(
    r"\b(she|he) (just |only |still )?(say|give|go|leave|need|sleep|walk|plan|keep|hide|feel|"
    r"flinch|shake|wait|have|want|think|wish|burn|lose|get|lie|hate|don't|do|take|see|wear|"
    r"eat|hear)\b"
)
SPECIAL = {
    "have": "has",
    "don't": "doesn't",
    "do": "does",
    "go": "goes",
    "wish": "wishes",
    "flinch": "flinches",
}


def fill(template: str, rnd: random.Random) -> tuple[str, str, list[str]]:
    """A happening with a partner and a person filled in, its third-person opening (or ""),
    and the kinds the template names after "||" besides its own."""
    template, _, more = template.partition("||")
    extra = [k for k in more.split(",") if k]
    person = ME
    opening = ""
    who = ""
    if rnd.random() < 0.2:
        who, person = rnd.choice(OTHERS)
    partners = (
        (HE if rnd.random() < 0.65 else SHE) if person is ME else (HE if person is HER else SHE)
    )
    subject, obj, poss, pron = rnd.choice(partners)
    if person is not ME:
        own = person["vp"]
        if subject in ("he", "she"):
            subject = (
                own
                + " "
                + rnd.choice(
                    ["husband", "boyfriend", "partner"]
                    if subject == "he"
                    else ["wife", "girlfriend", "partner"]
                )
            )
        else:
            subject = re.sub(r"^my ", own + " ", subject)
        opening = rnd.choice(THIRD_OPEN).replace("{who}", who).replace("{Who}", sentence_case(who))
    values = {"S": subject, "O": obj, "P": poss, "SP": pron, "when": rnd.choice(WHEN), **person}
    text = template
    for key in sorted(values, key=len, reverse=True):
        text = text.replace("{" + key + "}", values[key])
    if person is not ME:
        text = THIRD_VERBS.sub(
            lambda m: f"{m.group(1)} {m.group(2) or ''}{SPECIAL.get(m.group(3), m.group(3) + 's')}",
            text,
        )
    return text, opening, extra


def danger_lines(rnd: random.Random, per_template: int) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for kind, templates in DANGER.items():
        for template in templates:
            for _ in range(per_template):
                text, opening, extra = fill(template, rnd)
                framed = rnd.choice(FRAMES).replace("{x}", text)
                framed = sentence_case(framed)
                if not framed.endswith(("?", ".", "!")):
                    framed += "."
                if opening:
                    framed = f"{opening} {framed}"
                out.append((typed(framed, rnd), [kind, *extra]))
    return out


YOU = ("you", "you", "your", "you")
PLAIN_PAST = re.compile(
    r"^\{S\} (\w+ed|threw|took|put|held|broke|told|said|shook|made|bit|stood|"
    r"spat|drove|hit|kicked|forced|sat|showed|kept|had|did|got)\b"
)
BAD_YOU = re.compile(r"\byou (?:was|is|has|does|doesn't|knows|loses|[a-z]+s)\b", re.IGNORECASE)


PRESENT = re.compile(r"^\{S\} (\w+?)(es|s)\b")


def present_to_you(body: str) -> str:
    """ "{S} decides what..." as "{S} ~decide what..." (said to them: "you decide what...")."""
    found = PRESENT.match(body)
    if found is None or found.group(1).endswith("s"):
        return body
    stem, ending = found.groups()
    if stem == "ha":
        verb = "have"
    elif ending == "es" and not stem.endswith(("ch", "sh", "x", "o")):
        verb = stem + "e"
    else:
        verb = stem
    return "{S} ~" + verb + body[found.end() :]


# Everyday complaints said to the partner, with the same endings as the danger said to them.
YOU_EVERYDAY = [
    "You forgot my birthday",
    "You booked the holiday without asking me",
    "You left the milk out again",
    "You ate the last of the cake I was saving",
    "You took my charger again",
    "You said you'd call and you didn't",
    "You made plans for Saturday without checking with me",
    "You talked over me at dinner",
    "You told your mum about our argument",
    "You put my jumper in the tumble dryer",
    "You rolled your eyes when I mentioned counselling",
    "You promised to do the bins",
    "You went quiet on me for two days",
    "You gave the kids sweets right before bed",
    "You laughed when I said I was hurt",
    "You parked in my space again",
    "You keep leaving wet towels on the bed",
    "You decide where we go on holiday every year",
    "You check the football scores all through dinner",
    "You read my texts out to your brother",
    "You took my car without asking and left it on empty",
    "You stayed at the pub until midnight",
    "You spent our savings on a new bike",
    "You let your son talk to me like that",
    "You never ask how my day was",
    "You pushed me to take the job and I'm glad you did",
    "You grabbed the last parking ticket and I had to pay again",
    "You cancelled on my sister",
    "You forgot to pick the kids up from school",
    "You threw my old trainers away",
    "You hit the snooze button six times",
    "You moaned about the bins in front of the neighbours",
    "You left the cupboard doors open all morning",
    "You shouted at the telly all night",
    "You called me dramatic in front of your friends",
    "You took my side for once, thank you",
    "You make me laugh more than anyone",
    "You stopped asking me about my day",
    "You locked the back door and I had no key",
    "You tracked the parcel for me, thanks",
]


# Endings of a message to the partner, shared by its danger and its everyday lines.
TO_THEM_TAILS = [
    "",
    "",
    " I'm not okay with that.",
    " I'm not going to pretend it didn't happen.",
    " That's not normal.",
    " I need you to hear that.",
    " I told my sister.",
]


def said_everyday(rnd: random.Random) -> list[tuple[str, list[str]]]:
    """Everyday complaints and thanks said to the partner (negatives), with shared endings."""
    tails = [
        *TO_THEM_TAILS,
        " It really hurt.",
        " I'm so annoyed.",
        " Please don't do it again.",
    ]
    out: list[tuple[str, list[str]]] = []
    for line in YOU_EVERYDAY:
        for tail in rnd.sample(tails, 3):
            out.append((typed(line + "." + tail, rnd), []))
    return out


def said_to_them(rnd: random.Random) -> list[tuple[str, list[str]]]:
    """Danger said to the partner ("You pinned me against the door"), as a message to them."""
    out: list[tuple[str, list[str]]] = []
    tails = TO_THEM_TAILS
    for kind, templates in DANGER.items():
        for template in templates:
            body, _, more = template.partition("||")
            body = present_to_you(body)
            if not PLAIN_PAST.match(body) and not body.startswith("{S} ~"):
                continue
            body = body.replace("~", "")
            values = {
                "S": "you",
                "O": "you",
                "P": "your",
                "SP": "you",
                "when": rnd.choice(WHEN),
                **ME,
            }
            text = body
            for key in sorted(values, key=len, reverse=True):
                text = text.replace("{" + key + "}", values[key])
            if BAD_YOU.search(text):
                continue
            extra = [k for k in more.split(",") if k]
            line = sentence_case(text) + "." + rnd.choice(tails)
            out.append((typed(line, rnd), [kind, *extra]))
    return out


TRIGGERS = [
    "you come home drunk",
    "you shout at me",
    "you call me names",
    "the row starts again",
    "you bring up my ex again",
    "we start arguing in front of the kids",
    "you're on your phone all through dinner",
    "you're late without texting",
    "your mum criticises my cooking again",
    "it gets heated",
    "we both get loud",
    "you go quiet on me for days",
    "you roll your eyes when I talk about counselling",
]
ACTIONS = [
    "I'm going to go to bed",
    "I'm going to sleep in the spare room",
    "I'm going to stay at my sister's that night",
    "I'm going to leave the room",
    "I'm going to go for a walk",
    "I'm going to end the call",
    "I'll take the kids to the park",
    "I'll go and sit in the garden",
    "I'll put my headphones on",
    "I'll go outside for ten minutes",
    "I'm going to ask us both to stop",
    "I'll eat without you",
    "I'll go to my mum's for the evening",
    "I'm not going to answer",
    "I'll go and read in the car for a bit",
    "I'm going to hang up",
    "I'm going to call it a night and we can talk tomorrow",
]
NOT_ANYMORE = [
    "pick up your clothes",
    "discipline your kids",
    "cover for you with your boss",
    "do all the night feeds on my own",
    "remind you about your mum's birthday",
    "chase you about the bills",
    "cook two dinners every night",
    "apologise for things I didn't do",
    "pretend everything's fine at your parents'",
    "wait up for you",
    "lend your brother money",
    "do your washing",
    "make excuses to your friends",
    "argue about the dishwasher",
    "plan every holiday",
    "drive your son to football every week",
    "beg you to come to counselling",
]
SAYS = [
    "My therapist says",
    "My counsellor said",
    "The book I'm reading says",
    "My friend who's a counsellor said",
    "The couples workbook says",
    "The GP said",
]
SAID = [
    "I'm allowed to be angry about the affair",
    "it's okay to need time",
    "I need to say how I feel",
    "we should take turns talking",
    "I'm allowed to ask for what I need",
    "I should stop keeping score",
    "it's normal to grieve the old us",
    "I'm allowed to have limits",
    "we need to talk when we're both calm",
    "I should write down what I want to say first",
    "we both need more sleep before big talks",
]
NEED = [
    "I just need to know where I stand",
    "I need to know if you still want this",
    "I just want to know what happened with the money",
    "I need to know where we are going",
    "I need to know if you're coming to the wedding",
    "I just need to know you're listening",
]


# Words that lean to danger in a disclosure, used in their everyday senses.
SENSES = [
    "You are the most stubborn man alive",
    "She's the happiest woman alive when she's baking",
    "I felt so alive on that hike",
    "He's the laziest man alive on a Sunday",
    "I'll have the afternoon to myself while you take the kids swimming",
    "I need an evening to myself this week",
    "I treated myself to new boots",
    "I'm taking myself to the cinema on Friday",
    "I had the house to myself all weekend",
    "You can take the kids to your mum's and I'll have a lie-in",
    "I still care about you, but I'm ending this relationship",
    "I'm ready to end things with him, it's been over for a while",
    "We're ending it, calmly, and we'll still co-parent",
    "I think I need to end our engagement",
    "I want to end the relationship, not the friendship",
    "It makes me uneasy when your ex messages you at midnight",
    "It bugs me that your ex still likes all your photos",
    "Want me to send the link to the group?",
    "I'll send you the link to the booking page",
    "Can you send me the link to that podcast about couples?",
    "I'm going to go outside and water the plants",
    "Let's take it outside, the kids are asleep",
    "I'm going to stay at my sister's for the weekend, she's just had the baby",
    "I'll sleep at my mum's on Friday so I can help with her move",
    "Your dad has a key and lets himself in to feed the cat",
    "My mother-in-law lets herself in whenever she likes and it drives me mad",
    "He lights up when he hears your voice on the phone",
    "The baby lights up when she hears you come in",
    "Honestly Dave, you are impossible to buy presents for",
    "When you come home late again I'm going to eat without you",
    "I'm going to ask us both to stop and start again after tea",
]


def composed_everyday(rnd: random.Random) -> list[str]:
    """Limits, time-out plans, "not anymore" decisions and therapy talk, put together."""
    out = []
    for trigger in TRIGGERS:
        for action in rnd.sample(ACTIONS, 6):
            form = rnd.randrange(3)
            if form == 0:
                out.append(f"If {trigger}, {action}")
            elif form == 1:
                out.append(f"{action} if {trigger}")
            else:
                out.append(f"Next time {trigger}, {action}, not to punish you, just to calm down")
    for chore in NOT_ANYMORE:
        out.append(
            rnd.choice(["I'm not going to", "I won't", "I'm not willing to"])
            + f" {chore}"
            + rnd.choice([" anymore", " anymore, that's yours now", " from now on", ""])
        )
    for says in SAYS:
        for said in rnd.sample(SAID, 4):
            out.append(f"{says} {said}")
    for need in NEED:
        out.append(
            need + rnd.choice(["", " after what happened with your ex", " with us", ", that's all"])
        )
    return out


def sense_lines(rnd: random.Random) -> list[tuple[str, list[str]]]:
    """Danger-leaning words in their everyday senses, each in four frames (negatives)."""
    out: list[tuple[str, list[str]]] = []
    for line in SENSES:
        for n in range(4):
            framed = line if n == 0 else rnd.choice(FRAMES).replace("{x}", line)
            framed = sentence_case(framed)
            if not framed.endswith(("?", ".", "!")):
                framed += "."
            out.append((typed(framed, rnd) if n else framed, []))
    return out


def everyday_lines(rnd: random.Random, per_line: int) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for line in composed_everyday(rnd):
        framed = sentence_case(rnd.choice(FRAMES).replace("{x}", line))
        if not framed.endswith(("?", ".", "!")):
            framed += "."
        out.append((typed(framed, rnd), []))
    for line in EVERYDAY:
        for n in range(per_line):
            framed = line if n == 0 else rnd.choice(FRAMES).replace("{x}", line)
            framed = sentence_case(framed)
            if not framed.endswith(("?", ".", "!")):
                framed += "."
            out.append((typed(framed, rnd) if n else framed, []))
    return out


def post(rnd: random.Random, danger: str | None) -> str:
    parts = [rnd.choice(POST_OPEN)]
    parts += rnd.sample(POST_MIDDLE, rnd.randint(3, 7))
    if rnd.random() < 0.4:
        parts.insert(rnd.randint(1, len(parts)), sentence_case(rnd.choice(EVERYDAY)) + ".")
    if danger is not None:
        parts.insert(rnd.randint(2, len(parts)), danger)
    parts.append(rnd.choice(POST_CLOSE))
    text = " ".join(parts)
    return typed(text, rnd) if rnd.random() < 0.3 else text


def posts(rnd: random.Random, count: int) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    kinds = list(DANGER)
    for n in range(count):
        if n % 2:
            out.append((post(rnd, None), []))
            continue
        kind = kinds[(n // 2) % len(kinds)]
        text, opening, extra = fill(rnd.choice(DANGER[kind]), rnd)
        danger = sentence_case(text) + "."
        out.append((post(rnd, f"{opening} {danger}" if opening else danger), [kind, *extra]))
    return out


# Everyday complaints, wishes and plans said to a partner (issue 10, helper safety10c): blind
# raters met a wall of helplines over "I wish you had told me." (read as threats: 'told') and
# a chores-and-phone complaint (read as fear: 'tired', 'around', 'while'). Each group is a
# template whose slots are filled from its own lists; all negatives.
HOME_GROUPS: list[tuple[list[str], dict[str, list[str]]]] = [
    (
        ["{wish} {tell}{about}", "{wish} {tell}, {tail}"],
        {
            "wish": [
                "I wish you had",
                "I wish you'd",
                "I really wish you'd",
                "You should have",
                "You could have",
                "It would have been nice if you'd",
                "Next time I'd like you to have",
                "My husband should have",
                "She could have",
            ],
            "tell": [
                "told me",
                "said something",
                "mentioned it",
                "let me know",
                "warned me",
                "asked me first",
                "given me a heads up",
                "rung me",
                "told me earlier",
            ],
            "about": [
                "",
                " about the parking fine",
                " that your cousins were staying",
                " before you booked the flights",
                " that the school had called",
                " about the new sofa",
                " that you'd invited your boss",
                " when the meeting ran over",
                " about the leak under the sink",
                " that you'd already eaten",
                " that the car failed its MOT",
            ],
            "tail": [
                "I felt silly finding out at the school gate",
                "I'd have planned the week differently",
                "I'm not cross, just surprised",
                "we could have sorted it together",
                "it's the not knowing I hate",
                "I had to hear it from your dad",
            ],
        },
    ),
    (
        ["{who} told me {what}{tail}"],
        {
            "who": ["You", "You", "You", "My wife", "My boyfriend", "He", "She", "Dad", "Jo"],
            "what": [
                "the boiler was sorted",
                "you'd pick up the dry cleaning",
                "the match finished at nine",
                "we had nothing on this weekend",
                "your brother was coming on Friday",
                "the tickets were booked",
                "the plumber was coming Tuesday",
                "the kids had eaten",
                "you'd cancelled the gym",
                "you liked the new curtains",
                "the deadline had moved",
                "the gutter was cleared",
            ],
            "tail": [
                ".",
                ", and it wasn't.",
                ", so why is it still broken?",
                " and I believed you.",
                ", now it's a different story.",
                ", then forgot all about it.",
                ".. honestly.",
            ],
        },
    ),
    (
        ["{tired} {chore}{while}"],
        {
            "tired": [
                "I'm so tired of",
                "I'm sick of",
                "I'm fed up with",
                "I'm done with",
                "I'm over",
                "I'm worn out from",
                "I'm exhausted from",
                "I've had it with",
                "I'm tired of always",
            ],
            "chore": [
                "doing all the washing",
                "cooking every single night",
                "doing every school run",
                "tidying up after everyone",
                "emptying the dishwasher",
                "scrubbing the bathroom",
                "sorting the recycling",
                "hanging out the laundry",
                "being the only one who shops",
                "making the packed lunches",
                "hoovering the stairs",
                "remembering every appointment",
            ],
            "while": [
                "",
                " while you watch the telly",
                " while you play on the Xbox",
                " while you scroll through TikTok",
                " while you're out at the pub",
                " while you nap on the sofa",
                " around here",
                " in this house",
                " around here while you sit there",
                " around the house while you're on your laptop",
                " while you lie in",
            ],
        },
    ),
    (
        ["{nobody} {helps} around here {unless}", "{nobody} {helps} in this house {unless}"],
        {
            "nobody": ["Nobody", "No one", "Not one person", "Nobody ever", "No one ever"],
            "helps": [
                "lifts a finger",
                "tidies up",
                "cooks",
                "empties the bins",
                "changes the loo roll",
                "waters the plants",
                "puts a wash on",
                "cleans the hob",
            ],
            "unless": [
                "unless I ask twice",
                "except me",
                "but me",
                "unless I make a list",
                "if I don't remind them",
                "until I lose my temper about it",
                "and I'm fed up",
            ],
        },
    ),
    (
        ["{it} if you {help} {when}"],
        {
            "it": [
                "It would be nice",
                "It would be lovely",
                "It'd really help",
                "I'd be so grateful",
                "It would mean a lot",
                "I'd feel less alone",
            ],
            "help": [
                "helped around the house",
                "cleared the table",
                "remembered bin day",
                "asked about my day",
                "did the big shop",
                "sorted the kids' bath",
                "put the washing away",
                "booked the dentist",
            ],
            "when": [
                "without being asked",
                "for once",
                "now and then",
                "on a weeknight",
                "before I get home",
                "without me nagging",
            ],
        },
    ),
    (
        ["{child} {woke} and I'm {state}", "{child} {woke}, so I'm {state} today"],
        {
            "child": [
                "The baby",
                "The twins",
                "Our son",
                "The toddler",
                "Our little girl",
                "The newborn",
                "Baby",
            ],
            "woke": [
                "was up all night",
                "kept us up till four",
                "woke every two hours",
                "had a cold all night",
                "wanted feeding at three and five",
                "was teething all night",
                "wouldn't settle",
            ],
            "state": [
                "shattered",
                "exhausted",
                "a zombie",
                "running on empty",
                "wrecked",
                "completely wiped",
                "knackered",
            ],
        },
    ),
    (
        ["{dont} {thing} in front of the kids{tail}"],
        {
            "dont": [
                "Please don't",
                "I hate it when you",
                "Can you not",
                "I'd rather you didn't",
                "I don't like it when you",
                "Let's not",
            ],
            "thing": [
                "undermine me",
                "contradict me",
                "roll your eyes at me",
                "argue about money",
                "check your phone at dinner",
                "swear",
                "say yes after I've said no",
                "bicker",
            ],
            "tail": [".", ", it confuses them.", ", we can talk later.", "."],
        },
    ),
    (
        ["{like} {part} {decisions}{tail}"],
        {
            "like": ["I'd like to be", "I want to be", "I wish I was", "Can I be", "I need to be"],
            "part": ["included in", "part of", "asked about", "consulted on", "in on"],
            "decisions": [
                "decisions",
                "the big decisions",
                "the holiday plans",
                "money decisions",
                "plans for the weekend",
                "choosing the school",
                "what we do at Christmas",
            ],
            "tail": [".", " too.", ", that's all.", " from now on.", "?"],
        },
    ),
    (
        ["{on} on your phone {time} {tail}"],
        {
            "on": ["You're", "You've been", "You were", "You're always", "He's always"],
            "time": [
                "all evening",
                "through dinner",
                "the whole film",
                "every night in bed",
                "at the kids' concert",
                "while I'm talking",
            ],
            "tail": [
                "and I feel ignored.",
                "and I miss you.",
                "and it drives me mad.",
                "can we have a no-phones night?",
                "and I'd love some of that attention.",
                "while I do the bedtime routine.",
            ],
        },
    ),
    (
        ["{never} {tell} {thing}{tail}"],
        {
            "never": ["You never", "You hardly ever", "He never", "She never", "You don't"],
            "tell": ["tell me", "let me know", "mention", "share", "talk to me about"],
            "thing": [
                "anything",
                "how work's going",
                "what you're thinking",
                "when you'll be home",
                "what's on your mind",
                "your plans",
                "how you feel",
            ],
            "tail": [".", " and I feel shut out.", ", I have to guess.", " until it's too late."],
        },
    ),
    (
        ["{ready} {end} with {whom}{tail}"],
        {
            "ready": [
                "I'm ready to",
                "I think I'm ready to",
                "I've decided to",
                "I'm going to",
                "I want to",
                "Honestly I'm ready to",
            ],
            "end": ["end it", "end things", "call it a day", "break up", "finish it"],
            "whom": ["her", "him", "my girlfriend", "my boyfriend", "Sam", "Jess", "my fiance"],
            "tail": [
                "",
                ", we want different things",
                ", it's been dead for a year",
                ", I'll tell them on Sunday",
                ", we're just not happy",
                " and move back to my mum's",
            ],
        },
    ),
    (
        ["{when} {plan}"],
        {
            "when": [
                "When we start shouting,",
                "If a row starts,",
                "If it gets loud,",
                "Next time we argue,",
                "When things get heated,",
                "If we start bickering in front of the kids,",
            ],
            "plan": [
                "I'm going to ask us to stop and step outside.",
                "I'll suggest we pause and go for a walk.",
                "let's stop and take it outside to the garden bench.",
                "I'll say stop and go sit outside for a bit.",
                "we agreed to stop and start again after tea.",
                "I'm going to call a time-out and go out to the car for ten minutes.",
            ],
        },
    ),
    (
        ["{plan}"],
        {
            "plan": [
                "Shall we take the kids to the beach on Saturday?",
                "Can we save a bit each month for a holiday?",
                "I'll pay the gas bill if you do the phone bill.",
                "Let's try a weekly money chat on Sundays.",
                "I'm going to the gym after work, back by eight.",
                "Your turn to do bath time tonight.",
                "I'm off to my friend's for a coffee, back at four.",
                "Can you drop Mia at nursery tomorrow?",
                "We should sort the spare room this weekend.",
                "I'd like a quiet night in, just us.",
                "Are you around on Thursday to let the electrician in?",
                "I'm knackered, could you do the dishes while I put my feet up?",
                "We're out of nappies and wipes.",
                "Let's not spend anything on the card this month.",
                "I've told the school Leo is off sick today.",
                "I told my boss I'm leaving early on Friday.",
                "I'm done for the day, I'm running a bath.",
                "I'm done with the ironing, it's all on the bed.",
                "While you're up, could you grab my charger?",
                "While you're at the shop, get some eggs.",
                "Around six would be a good time to eat.",
                "Nobody told me parents' evening was tonight!",
            ],
        },
    ),
]


def home_lines(rnd: random.Random, per_group: int) -> list[tuple[str, list[str]]]:
    """Everyday couple talk from HOME_GROUPS, some framed and typed as people type (negatives)."""
    out: list[tuple[str, list[str]]] = []
    for templates, slots in HOME_GROUPS:
        for _ in range(per_group):
            text = rnd.choice(templates)
            for key, options in slots.items():
                text = text.replace("{" + key + "}", rnd.choice(options))
            text = sentence_case(text.strip())
            if not text.endswith(("?", ".", "!")):
                text += "."
            if rnd.random() < 0.25:
                body = text.rstrip(".")
                body = body if body.startswith(("I ", "I'")) else body[:1].lower() + body[1:]
                text = sentence_case(rnd.choice(FRAMES).replace("{x}", body))
            out.append((typed(text, rnd) if rnd.random() < 0.4 else text, []))
    return out


def write(name: str, rows: Sequence[tuple[str, list[str]]]) -> int:
    seen: set[str] = set()
    lines = []
    for text, kinds in rows:
        text = re.sub(r"\s+", " ", text).strip()
        if text in seen:
            continue
        seen.add(text)
        lines.append(json.dumps({"text": text, "kinds": kinds}, ensure_ascii=False))
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> int:
    rnd = random.Random(SEED)  # noqa: S311 (variation of training text, not security)
    home = random.Random(SEED + 1)  # noqa: S311 (its own, so the files before it stay as they were)
    counts = {
        "varied_danger.jsonl": write("varied_danger.jsonl", danger_lines(rnd, 4)),
        "varied_everyday.jsonl": write("varied_everyday.jsonl", everyday_lines(rnd, 6)),
        "varied_posts.jsonl": write("varied_posts.jsonl", posts(rnd, 500)),
        "varied_said.jsonl": write("varied_said.jsonl", said_to_them(rnd) + said_everyday(rnd)),
        "varied_senses.jsonl": write("varied_senses.jsonl", sense_lines(rnd)),
        "varied_home.jsonl": write("varied_home.jsonl", home_lines(home, 70)),
    }
    for name, count in counts.items():
        print(f"{count:5d} lines -> training/safety/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
