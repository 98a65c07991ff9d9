"""Write training/meaning/sarcasm18.jsonl: sarcasm, mock praise and mock thanks, and their
sincere neighbours (issues 11, 12; helper sarcasm18).

    .venv/bin/python tools/write_sarcasm18.py

Every part below is hand-written by the team from the definitions in docs/coach.md
(contempt: scorn, mockery, sarcasm; pressure: the martyr's guilt-trip), never from a rated
round, a probe or the eval data. A line is one sentence (the trainer skips lines of several
sentences): a frame of one shape (mock delight about a chore, mock thanks for a slight, mock
praise of a trifle, mock reassurance and martyrdom, sarcasm about their health or effort, scare
quotes round their words, the stock jabs) filled with a chore, a slight or a trifle, and the
same frame filled with a kind deed, sincere delight or a real question as its neighbour
(`[]`). People, places, spelling (UK, US, IE, AU, IN, texting) and emoji vary. The draw is
seeded: the same file every run.

Held back from the learned layer for now (`tools/train_meaning.py`, HELD_BACK): retrained with
it, the figures it was written for moved little and MI-gold Complex Reflection lost one of 19.
"""

# ruff: noqa: E501  (hand-written sentences, one a line, kept whole)
from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "training" / "meaning" / "sarcasm18.jsonl"
SEED = 2026120718

NAMES = (
    "Dave", "Priya", "Liam", "Siobhan", "Kwame", "Mei", "Tariq", "Bronwyn", "Callum", "Ana",
    "Raj", "Dermot", "Shanice", "Joe", "Ingrid", "Mateo", "Aoife", "Gaz", "Lakshmi", "Brett",
)  # fmt: skip

# --- mock delight: a feeling word of joy about a chore done for them, or a slight -----------
DELIGHT = (
    "i love", "i LOVE", "i just adore", "i absolutely love", "nothing makes me happier than",
    "there's nothing i enjoy more than", "my favourite pastime is", "my favorite hobby is",
    "honestly my favourite thing is", "i live for", "i'm so happy to be", "i really enjoy",
    "i truly cherish", "it's a real joy", "what a joy,", "such a treat,", "living the dream,",
)  # fmt: skip
CHORE_FOR_THEM = (
    "scraping your dried cereal off the bowls", "picking your socks up off the landing",
    "fishing your hair out of the plughole", "unloading the dishwasher you walked straight past",
    "ironing your work shirts", "dragging your bins to the kerb", "waiting up for your key in the door",
    "sitting in the car park while you finish your pint", "explaining the bank app to you again",
    "listening to your fantasy football updates", "tidying up after your mates' poker night",
    "peeling your wet towels off the duvet", "chasing you for your half of the rent",
    "scrubbing your protein shaker", "finding your vape in the washing machine",
    "sweeping up the crumbs you leave on the counter", "mopping up after your muddy boots",
    "resetting the wifi you keep unplugging", "taking the blame with your mum",
    "covering for you with the school", "ringing the plumber you promised to ring",
    "wiping your beard trimmings off the sink", "sorting the recycling you mix up",
    "defrosting the freezer you left open", "untangling the mess you made of the washing line",
)  # fmt: skip
ODD_TIME = (
    "at midnight", "at 1am", "at half two in the morning", "at 5am", "on my one day off",
    "after a twelve hour shift", "on my birthday", "before my own breakfast", "every single night",
    "on christmas eve", "while you snore", "", "", "",
)  # fmt: skip
DELIGHT_TAIL = (
    ", it's my favourite hobby", ", honestly the highlight of my week", ", best part of my day",
    ", truly living the dream", ", such fun", ", it never gets old", " 🙃", " 🙄", "!!",
    ", really, it's my calling", ", what a life", ", so glad i get to", ", dream come true",
    ", ten out of ten would recommend", "", "",
)  # fmt: skip
# sincere delight: joy in something shared, or a chore the writer truly likes doing
SINCERE_JOY = (
    "cooking with you on a sunday", "walking the dog with you before work",
    "our cuppa in bed on a saturday", "doing the crossword with you", "hearing you sing in the shower",
    "watching you with the kids", "our little kitchen dance parties", "getting your texts at lunch",
    "planning trips with you", "falling asleep on the sofa with you", "baking bread with the girls",
    "our walks by the canal", "how you make everyone feel welcome", "gardening on a quiet evening",
    "ironing with a podcast on, it's weirdly calming", "hoovering when the house is quiet",
    "batch cooking for the week, it clears my head", "making your lunch, it's our little thing",
    "picking you up from the station and hearing about your day", "reading to the kids at bedtime",
)  # fmt: skip
SINCERE_TAIL = (
    "", "", " ❤️", " 😊", ", it's the best part of my week", ", honestly", ", never change",
    ", it means a lot to me", " x", ", thank you for that",
)  # fmt: skip

# --- mock thanks: thanks or appreciation for a slight ------------------------------------------
THANKS = (
    "thanks", "thank you", "THANKS", "thanks SO much", "thank you ever so much", "cheers",
    "thx", "ty so much", "many thanks", "a big thank you", "really appreciate you",
    "i'm so grateful to you", "much appreciated, by the way,", "thanks a million",
)  # fmt: skip
SLIGHT = (
    "leaving me the dishes", "finishing the milk and putting the empty carton back",
    "telling your sister about our row", "using all the hot water", "leaving the car on empty",
    "setting your alarm for 5 and sleeping through it", "forgetting to collect Ellie from swimming",
    "inviting the lads round without asking", "leaving your boots where i trip over them",
    "booking the holiday on my work week", "spending the bill money on a drone",
    "eating the birthday cake i made for my mum", "laughing when i fell over",
    "posting that photo of me without asking", "leaving me to deal with your dad",
    "not replying all day", "ghosting me at the party", "reading my messages over my shoulder",
    "eating my leftovers", "leaving the gate open so the dog got out",
    "correcting me in front of my boss", "making me late again",
    "volunteering me for the school fete", "giving my number to your cousin",
    "turning up an hour late to my graduation", "falling asleep during my speech",
)  # fmt: skip
THANKS_TAIL = (
    ", really", ", truly", ", i mean it", ", very thoughtful", ", what a gent", ", so helpful",
    ", you're a star", ", lovely stuff", ", top work", " 🙃", " 👏", " 👍", ", as ever",
    ", i'll treasure it", ", you shouldn't have", "", "",
)  # fmt: skip
KIND_DEED = (
    "picking up my prescription", "making dinner last night", "sitting with me at the hospital",
    "covering the school run", "sorting the car insurance", "ringing my mum on her birthday",
    "listening to me rant about work", "bringing me a coffee in bed", "fixing the shelf",
    "taking the kids to the park so i could nap", "remembering my appointment",
    "staying up with the baby", "clearing the snow off my car", "driving my dad to the airport",
    "booking the table", "the flowers", "being so patient with me this week", "the lovely card",
    "packing my lunch", "walking Bella in the rain", "ironing my dress for the wedding",
    "ringing the landlord about the damp", "reading through my cv", "waiting up for me",
)  # fmt: skip
KIND_TAIL = (
    "", "", "!", "!!", ", you're the best", ", it made my day", " ❤️", " x", ", that was so kind",
    ", i really noticed", ", it helped so much", " 😊", ", i owe you one",
)  # fmt: skip

# --- mock praise of a trifle ------------------------------------------------------------------
TRIFLE = (
    "you put one mug in the dishwasher", "you changed one nappy", "you emptied the bathroom bin",
    "you took the dog round the block", "you found the hoover", "you bought milk",
    "you answered your phone", "you made your own sandwich", "you remembered bin day",
    "you hung up your coat", "you texted back within a day", "you turned up on time",
    "you cooked beans on toast", "you wiped the table", "you put the lid back on the toothpaste",
    "u did one load of washing", "u replied", "u opened a window", "you lifted a finger",
    "you read one bedtime story",
)  # fmt: skip
TRIFLE_OPEN = ("", "wow, ", "omg ", "oh look, ", "well well, ", "hold the front page, ", "woah, ")
TRIFLE_TAIL = (
    ", once?", ", should i call the papers", ", all by yourself", ", what a hero",
    ", gold star for you", ", shall i throw you a parade", ", steady on", ", someone write this down",
    ", a christmas miracle", ", careful, don't strain yourself", ", do you want a medal",
    ", i might faint", ", who even are you", ", mark the calendar", ", the bar is on the floor",
    ", proud of you sweetie 🙄", ", big day for you",
)  # fmt: skip
LOOK_AT_YOU = (
    "look at you, remembering it's thursday", "look at you, knowing where the kettle is",
    "look at you, lifting a finger", "look at you, putting your own plate away",
    "look at u, finding the washing basket", "aren't you clever, working out the oven",
    "aren't you a big boy, making your own tea", "who's a clever girl, remembering her keys",
)  # fmt: skip
# sincere praise of a real effort, or of a trifle with warmth and a reason
REAL_EFFORT = (
    "you did the whole food shop on your own, thank you, that was a big help",
    "you finished the half marathon, i'm so proud of you",
    "you stayed calm with your dad today, that can't have been easy",
    "you got the kids to sleep by seven, you legend",
    "you remembered my scan appointment, it meant a lot",
    "look at you in that suit, you look amazing", "look at you go, first day at the new job",
    "look at you, all ready for the interview, you've got this",
    "you fixed the boiler yourself, that's brilliant",
    "you cooked for everyone tonight and it was delicious",
    "you put the bins out before i even asked, thank you",
    "you changed the baby and settled her, thank you, i needed that sleep",
    "you answered the landlord so nicely, thank you for handling it",
    "you texted me when you landed, that really helps me relax",
    "wow, you painted the whole fence, it looks great",
    "you did all the washing, thank you so much, i was dreading it",
    "aren't you clever, you fixed the wobbly table, thank you",
    "you remembered bin day, thank you, that's one less thing for me",
    "you made the kids pancakes, they haven't stopped talking about it",
    "you drove all the way to get me, i really appreciate it",
)  # fmt: skip

# --- mock reassurance and the martyr ----------------------------------------------------------
MOCK_REASSURE = (
    "don't worry, i'm not counting, that's only your {n} pint",
    "don't worry, i'm not keeping score, it's just the {n} time this month",
    "no pressure, it's only the {n} time i've asked",
    "don't worry, i'm totally not bothered that you forgot, again",
    "relax, it's not like i needed that money or anything",
    "don't mind me, i only carried your child for nine months",
    "no no, it's fine, i didn't want to sleep anyway",
    "oh don't apologise, i love being stood up",
    "don't worry about it, i'll just cancel my plans like always",
    "it's fine, i'm used to coming last",
    "no honestly, don't worry, i enjoy eating alone on our anniversary",
    "don't stress, i'm sure your mum's feelings matter more than mine",
    "don't you worry, i'll handle the bailiffs, you enjoy your game",
    "oh it's fine, i'm not counting how many times you've checked your phone tonight",
    "dw i'm not counting the days since u last said sorry",
    "no no, you relax, i'll just do the whole house on my own",
    "no no, you sit down, i'll cook, clean and do bedtime, like always",
    "it's fine, i'll do it like i always do",
    "don't get up, i'll do it, i always do",
    "honestly it's fine, i'll walk home in the rain, don't trouble yourself",
    "it's fine, you go out, i'll stay in with the kids again, as per",
    "don't worry about me, i'll eat whatever's left over like always",
    "you put your feet up, i'll just run the whole household, no biggie",
    "it's fine, i'll pay it, like every other month",
    "never mind, i'll sort it myself like i always have to",
)  # fmt: skip
MOCK_REASSURE_ID = {
    "no no, you relax": "pressure", "no no, you sit down": "pressure", "it's fine, i'll": "pressure",
    "don't get up": "pressure", "honestly it's fine": "pressure", "it's fine, you go": "pressure",
    "don't worry about me": "pressure", "you put your feet up": "pressure", "never mind": "pressure",
    "it's fine, i'm used": "pressure",
}  # fmt: skip
ORDINAL = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
SINCERE_REASSURE = (
    "don't worry, i'm not upset about the car, these things happen",
    "don't worry about the money, we'll work it out together",
    "no no, you relax, you've been on your feet all day, i'll make the tea",
    "it's fine, i'll do the school run tomorrow since you've got the early shift",
    "don't get up, i'll grab it, you look so comfy",
    "don't worry about me, i'm home safe and tucked up in bed",
    "it's fine, honestly, we can go to the cinema another night",
    "don't apologise, you had no way of knowing",
    "you put your feet up tonight, you've earned it after that week",
    "no pressure at all, have a think and tell me when you're ready",
    "i'm not keeping score, i just want us to feel like a team",
    "don't worry, i'm not counting calories on holiday",
    "don't stress about the party, i'll sort the cake",
    "it's fine if you're late, i'll save you a plate",
    "never mind the mess, we'll tidy it together in the morning",
    "dw about the bill, i've got this one, you got the last",
    "no rush at all, take the time you need with your dad",
    "relax, the kids are fine, they're watching a film with me",
    "honestly don't worry, i like driving at night",
    "don't trouble yourself with the forms, i've already filled them in because i had a free hour",
    "it's fine, i'll pay this month while you're between jobs, that's what we do",
    "don't worry, i'm not angry, i just want to talk about it later",
    "no no, you go, have a lovely time with the girls",
    "sit down, i'll do the dishes tonight, you did them yesterday",
    "don't feel bad, everyone forgets things when they're this tired",
)  # fmt: skip

# --- their health or effort, doubted --------------------------------------------------------
AILMENT = (
    "back", "knee", "migraine", "headache", "bad ankle", "cold", "sore throat", "dodgy hip",
    "tennis elbow", "bad shoulder", "hangover", "man flu", "stomach bug", "sciatica",
)  # fmt: skip
LEISURE = (
    "at the pub", "on the golf course", "at five-a-side", "when your mates rang",
    "at the football", "on the dance floor", "at the races", "at the casino",
    "when your brother invited you to vegas", "at the darts", "at the gig", "at paintball",
    "on the stag do", "in the beer garden", "at the barbecue", "playing padel",
)  # fmt: skip
HEALTH_FRAME = (
    "your {a} seemed pretty great {l} last night",
    "your {a} looked absolutely fine {l}",
    "funny how your {a} clears up {l}",
    "amazing how your {a} vanished {l}",
    "your {a} didn't stop you {l}, did it",
    "miraculous recovery of your {a} {l} then",
    "your {a} was very well behaved {l}",
    "good to see your {a} is better {l}, shame it's back for the hoovering",
    "odd how your {a} only plays up on bin day and never {l}",
    "your poor {a}, so bad you could only manage six hours {l}",
)  # fmt: skip
SINCERE_HEALTH = (
    "how's your {a} today, can i get you anything?",
    "your {a} seemed a lot better today, i'm glad the rest helped",
    "is your {a} any better?",
    "don't go {l} if your {a} is still bad, look after yourself",
    "your {a} sounds awful, i'll keep the kids quiet tonight",
    "i booked you the physio for your {a}, thursday at 4",
    "i'm so glad your {a} let you enjoy yourself {l}",
    "take it easy with your {a}, i'll do the heavy lifting this week",
)  # fmt: skip

# --- scare quotes round their words ---------------------------------------------------------
QUOTED = (
    'your "friend"', 'your "colleague"', 'your "migraine"', 'your "meeting"', 'your "overtime"',
    'your "quick drink"', 'your "five minutes"', 'your "diet"', 'your "business trip"',
    'your "gym session"', 'your "bad back"', 'your "study group"', 'your "best mate"',
    "your 'headache'", "your 'job hunt'", "your 'emergency'", "ur \"work thing\"",
)  # fmt: skip
QUOTE_FRAME = (
    "say hi to {q} for me", "hope {q} went well", "how was {q}", "enjoy {q} tonight",
    "{q} texts you a lot after midnight", "tell me more about {q}",
    "{q} seems to need you every weekend", "{q} lasted three hours again",
    "i'm sure {q} was very important", "{q} must be exhausting",
)  # fmt: skip
QUOTE_VERB = (
    'so you were "working late" again', 'you were "just about to" do it, were you',
    'you "forgot" to tell me', 'you "tried" to call', 'you were "busy" all weekend',
    'you\'re "on your way", are you', 'you "didn\'t see" my text', 'you "lost track of time" again',
    "you 'meant to' book it", 'u were "sleeping" when i rang',
)  # fmt: skip
SINCERE_QUOTE = (
    'your mum texted "see you sunday", shall i do a roast?',
    'the sign on the door said "back in ten", so i waited',
    'we watched "up" again and you cried, i love that about you',
    'the kids want to watch "frozen" again tonight, are you in?',
    'your boss said "great work" in the email, i\'m so proud',
    'i saved the recipe called "lazy lasagne" for thursday',
    'your dad said "ring me later", he sounded happy',
    'my new word for you is "wonderful", deal with it',
    'the card just said "thinking of you", it was lovely',
    'the tracking says "out for delivery", can you grab it if you\'re in?',
    'you said "bring a coat" and you were so right',
    'the teacher wrote "a joy to teach" on Sam\'s report',
)  # fmt: skip

# --- the stock jabs, and their sincere neighbours ---------------------------------------------
STOCK_SLIGHT = (
    "your mum's staying for a fortnight", "we're skint again", "the car's failed its mot because you ignored the light",
    "you've double booked us", "you forgot the tickets", "you're off to the pub again",
    "you lost the keys again", "you're late again", "the dishwasher's full of your protein tubs",
    "you spent the holiday fund", "you told everyone our news before me",
    "you've signed us up for your work barbecue", "your ex is coming to the wedding",
)  # fmt: skip
STOCK_FRAME = (
    "oh great, {s}, love that for us", "classic, {s}", "wonderful, {s}, what a surprise",
    "oh joy, {s}", "fab, {s}, just what i needed", "brilliant, {s}, nice one",
    "how lovely, {s}", "perfect, {s}, of course", "oh good, {s}, living the dream",
    "well isn't this fun, {s}",
)  # fmt: skip
STOCK_ALONE = (
    "sure you will", "sure you will, babe", "yeah, sure you will, {n}", "must be nice",
    "must be nice to sleep till noon", "must be nice having someone do your washing",
    "must be nice to just switch off", "classic {n}", "typical {n}, never changes",
    "oh what a shock, you forgot", "what a surprise, you're late", "shocker, you're late",
    "lucky me, i get to be the bad cop again", "aren't i the lucky one",
    "wow, best husband of the year", "best wife ever, forgot my mum's birthday",
    "winner of partner of the year, ladies and gentlemen", "nothing says romance like a takeaway on the sofa for our anniversary",
    "nothing says i love you like forgetting my birthday", "oh you're tired, from what, the sofa",
    "you must be exhausted after all that scrolling", "poor thing, a whole day of golf must be draining",
    "aww did the big man get a papercut", "ooh big spender, a fiver on my present",
    "such a gentleman, letting me carry the shopping", "how generous, you left me the crusts",
    "what would i do without you, probably have a tidy house", "you really outdid yourself, a meal deal for my birthday",
    "oh how thoughtful, flowers from the petrol station again", "so romantic, a card you got your mum to buy",
)  # fmt: skip
STOCK_SINCERE = (
    "oh great, the tickets came, i can't wait", "classic film, let's watch it again tonight",
    "sure, i will, what time do you need me there?", "must be nice weather up there, enjoy it",
    "lucky me, i get you all to myself this weekend", "best husband ever, thank you for the surprise",
    "nothing says romance like you making me soup when i'm ill, thank you",
    "you must be shattered after that flight, go to bed, i'll unpack",
    "poor thing, you've had such a long week", "what would i do without you, honestly, thank you for sorting the boiler",
    "you really outdid yourself, that cake was incredible", "how thoughtful of you to ring my gran",
    "so romantic, i loved the picnic", "oh good, you're home, how was the drive?",
    "wonderful news about your sister's baby", "perfect, see you at six then",
    "brilliant, you got the flat, i'm so happy for us", "oh joy, it's snowing, let's take the kids sledging",
    "typical, it rained on our walk, but i loved it anyway", "fab, the parcel's here, thank you for ordering it",
    "aww you kept the ticket from our first date", "such a gentleman, you carried my bags all day, thank you",
)  # fmt: skip

# --- real questions and warm teasing between happy partners ---------------------------------
REAL_QUESTION = (
    "did you water the basil?", "did you manage to book the dentist?", "have you fed the cat?",
    "did you remember to ring your mum back?", "did you eat lunch today?", "did the plumber come?",
    "are you feeling okay, you seemed quiet?", "did you sleep at all with the baby up?",
    "have you seen my charger anywhere?", "did you get the email from school?",
    "did you take the chicken out of the freezer?", "did u pay the gas bill or shall i?",
    "how did the interview go?", "can you let me know when you're leaving work?",
    "did you walk the dog this morning or shall i take her now?",
)  # fmt: skip
WARM_TEASE = (
    "you're such a dork, i love it 😂", "oi, you ate the last biscuit, fair play 😂",
    "ha, you beat me at scrabble again, rematch tonight", "you snore like a tractor and i still adore you",
    "your dancing is a crime and i want to see more of it 😂", "cheeky, you stole my hoodie again 😘",
    "you and your dad jokes, honestly 😂", "you burnt the toast again, my little chef 😂❤️",
    "nerd alert, you alphabetised the spice rack 😂", "you're lucky you're cute, you left the lid off again 😜",
    "ok mr masterchef, save me a bowl", "you muppet, you left your phone in the fridge 😂",
    "i can't believe you cried at a dog food advert, i love you", "loser buys coffee, and we both know that's you 😂",
    "you look ridiculous in that hat and i'm obsessed", "you're such a softie with the cat",
)  # fmt: skip

# Hand-written whole lines, one of each shape in words no frame above has.
SARCASTIC_LINES = (
    ("wow, you remembered my name, i'm honoured", "contempt"),
    ("gosh you're so helpful, standing in the doorway while i carry everything", "contempt"),
    ("oh please do keep telling me how to load the dishwasher, it's fascinating", "contempt"),
    ("really loving this new hobby of yours where you vanish every saturday", "contempt"),
    ("oh sorry, did i interrupt your very important nap", "contempt"),
    ("yes your highness, right away", "contempt"),
    ("by all means, spend another grand on the fishing gear", "contempt"),
    ("clearly the xbox needed you more than your daughter did", "contempt"),
    ("oh of course, your mates come first, how silly of me", "contempt"),
    ("wow, a whole evening without your phone, i'm overwhelmed", "contempt"),
    ("congratulations on finding the washing machine after six years", "contempt"),
    ("well done for noticing the house is on fire", "contempt"),
    ("so kind of you to grace us with dinner at ten", "contempt"),
    ("amazing, you managed to make toast without setting the alarm off", "contempt"),
    ("gold star for putting the seat down", "contempt"),
    ("wow, someone's been busy, you watched a whole series", "contempt"),
    ("good for you, lying in while the baby screamed", "contempt"),
    ("i'm so lucky to have a partner who thinks the laundry does itself", "contempt"),
    ("what a treat, your dirty plates waiting for me after work", "contempt"),
    ("thanks for the lovely surprise of an empty fridge", "contempt"),
    ("you're a real comedian, laughing while i cried", "contempt"),
    ("how brave of you to face the washing up", "contempt"),
    ("what a hero, you carried one bag in", "contempt"),
    ("oh no please, keep scrolling, i'll just talk to the wall", "contempt"),
    ("so glad you could fit us in between the golf and the pub", "contempt"),
    ("i admire how you can sleep through anything, including your son crying", "contempt"),
    ("yay, another weekend of watching you play fortnite", "contempt"),
    ("i'm thrilled you told your mother before you told me", "contempt"),
    ("delighted to hear you've invited your whole squad for sunday lunch without asking", "contempt"),
    ("super helpful of you to tell the kids there's no school tomorrow when there is", "contempt"),
    ("i'll just add it to the list of things i do because you won't", "pressure"),
    ("don't mind me, i only work full time and do everything here", "pressure"),
    ("no really, you go to the match, the baby and i will be fine with a temperature of 39", "pressure"),
    ("it's fine, i didn't need a birthday this year anyway", "pressure"),
    ("i'll just stay up and wait then, like a good little wife", "pressure"),
)  # fmt: skip
SINCERE_LINES = (
    "wow, you remembered my name at the reunion, you're a star",
    "you're so helpful with the kids' homework, thank you",
    "please keep telling me about your project, i love hearing about it",
    "really loving this new hobby of yours, the pottery is gorgeous",
    "sorry, did i wake you from your nap, go back to sleep love",
    "by all means get the fishing rod you wanted, you've saved for it",
    "of course your mates can stay over, they're always welcome",
    "a whole evening with no phones was lovely, let's do it again",
    "congratulations on the new job, you worked so hard for it",
    "well done for noticing the smoke alarm beeping, i'd never have heard it",
    "so kind of you to cook for my parents",
    "gold star for getting through your first week at the new place",
    "good for you for going for that run, i know it was freezing",
    "i'm so lucky to have a partner who makes me laugh every day",
    "thanks for the lovely surprise, i didn't expect breakfast in bed",
    "how brave of you to ring the doctor, i'm proud of you",
    "so glad you could make it to the school play, she saw you wave",
    "i admire how calm you stay when the kids are wild",
    "yay, a whole weekend together with no plans",
    "i'm thrilled you told me first, come here",
    "delighted you're coming to my sister's, she really likes you",
    "super helpful of you to label the freezer bags, thank you",
    "i'll add it to the shopping list, anything else you need?",
    "it's fine, we can celebrate my birthday next week when you're back",
    "i'll wait up for you, text me when you're on the train",
    "really appreciate you, especially this month",
    "thanks so much for everything you did for my dad",
    "i love you more than i can say",
    "thank you for being honest with me about the money, i know it was hard",
    "i love that you still hold my hand in the street",
)  # fmt: skip


# Lines that read like a reflection of their feeling, sincere or mocking ("you must be
# shattered", "sounds awful", "poor thing", "you must be exhausted after all that scrolling"),
# are left out: as [] or as contempt they would teach the learned layer that a counsellor's
# reflection is nothing or scornful; the rules read the mocking ones (`mock_marvel`).
REFLECTS = (
    "sounds awful", "can't have been easy", "must be shattered", "must be exhausted",
    "such a long week", "sorry you had", "i know how hard", "you've earned it", "you needed it",
    "poor thing", "from what", "must be draining", "papercut", "you're tired",
)  # fmt: skip


def _rows(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []

    def add(text: str, findings: list[str]) -> None:
        text = " ".join(text.split())
        if any(r in text.lower() for r in REFLECTS):
            return
        rows.append({"text": text, "findings": findings})

    def pick(options: tuple[str, ...]) -> str:
        return rng.choice(options)

    def case(text: str) -> str:
        roll = rng.random()
        if roll < 0.55:
            return text[:1].upper() + text[1:]
        if roll < 0.65 and text[-1:].isalpha():
            return text.replace(" i ", " I ").replace("i'm", "I'm") + "."
        return text

    seen: set[str] = set()

    def once(text: str, findings: list[str]) -> None:
        key = text.lower()
        if key not in seen:
            seen.add(key)
            add(case(text), findings)

    for _ in range(130):  # mock delight
        said = " ".join(x for x in (pick(DELIGHT), pick(CHORE_FOR_THEM), pick(ODD_TIME)) if x)
        once(said + pick(DELIGHT_TAIL), ["contempt"])
    for _ in range(200):
        once(f"{pick(DELIGHT)} {pick(SINCERE_JOY)}{pick(SINCERE_TAIL)}", [])
    for _ in range(130):  # mock thanks
        once(f"{pick(THANKS)} for {pick(SLIGHT)}{pick(THANKS_TAIL)}", ["contempt"])
    for _ in range(170):
        once(f"{pick(THANKS)} for {pick(KIND_DEED)}{pick(KIND_TAIL)}", [])
    for _ in range(110):  # mock praise of a trifle
        once(f"{pick(TRIFLE_OPEN)}{pick(TRIFLE)}{pick(TRIFLE_TAIL)}", ["contempt"])
    for line in LOOK_AT_YOU:
        once(line, ["contempt"])
    for line in REAL_EFFORT:
        once(line, [])
    for line in MOCK_REASSURE:
        fid = next((v for k, v in MOCK_REASSURE_ID.items() if line.startswith(k)), "contempt")
        for _ in range(3 if "{n}" in line else 1):
            once(line.format(n=pick(ORDINAL)), [fid])
    for line in SINCERE_REASSURE:
        once(line, [])
    for _ in range(90):  # health and effort
        once(pick(HEALTH_FRAME).format(a=pick(AILMENT), l=pick(LEISURE)), ["contempt"])
    for _ in range(50):
        once(pick(SINCERE_HEALTH).format(a=pick(AILMENT), l=pick(LEISURE)), [])
    for _ in range(70):  # scare quotes
        once(pick(QUOTE_FRAME).format(q=pick(QUOTED)), ["contempt"])
    for line in QUOTE_VERB:
        once(line, ["contempt"])
    for line in SINCERE_QUOTE:
        once(line, [])
    for _ in range(60):  # stock jabs
        once(pick(STOCK_FRAME).format(s=pick(STOCK_SLIGHT)), ["contempt"])
    for line in STOCK_ALONE:
        once(line.format(n=pick(NAMES)), ["contempt"])
    for line in STOCK_SINCERE:
        once(line, [])
    for line in REAL_QUESTION:
        once(line, [])
    for line in WARM_TEASE:
        once(line, [])
    for text, fid in SARCASTIC_LINES:
        once(text, [fid])
    for line in SINCERE_LINES:
        once(line, [])
    # sincere thanks and delight with a name, as people write them
    for _ in range(170):
        once(f"{pick(NAMES)}, {pick(THANKS).lower()} for {pick(KIND_DEED)}{pick(KIND_TAIL)}", [])
    for _ in range(50):
        once(
            f"{pick(NAMES)}, {pick(THANKS).lower()} for {pick(SLIGHT)}{pick(THANKS_TAIL)}",
            ["contempt"],
        )
    return rows


def main() -> int:
    rows = _rows(random.Random(SEED))  # noqa: S311 - a seeded draw, nothing secret
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
