"""Write the safety13 hard negatives and disclosures (issue 10: false alarms of the learned layer).

    .venv/bin/python tools/write_safety_hard.py

Writes `training/safety/hard_everyday.jsonl` (negatives, `kinds: []`) and
`training/safety/hard_danger.jsonl` (disclosures with their kinds), see training/safety/README.md.

Blind raters and the fresh sets found the learned layer firing on ordinary messages: a decision
to stop checking a partner's phone read as physical harm, a school run as a threat to the
children, loneliness as self-harm, pocket money as control. Every line below was written by hand
for this file by helper `safety13` from the kinds' definitions (SAFETY_DATA) and the kinds of
everyday talk those false alarms belong to: logistics with kids, phones, keys, money, cars and
pets; healthy limits and decisions (giving up checking or snooping); hurt and loneliness that
are not danger; idioms ("I could kill for a coffee"); sport and films. The disclosures keep
recall beside them: the same everyday words where they are danger ("he took my phone so I
couldn't call anyone"). Never from `evalsets/`, ../shared/eval-data, the fresh rating sets, nor
the false alarms themselves (those stay a test, `tests/safety/test_hard_negatives.py`).

A third of the lines are also written as people type (lower case, no apostrophes, no full
stop), deterministically. Rerunning writes the same files.
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
SEED = 13_2026

# Everyday logistics: kids, school runs, pocket money, bedtimes.
KIDS = [
    "Can you drop Mia at swimming at 4 and I'll pick her up after?",
    "She's taking the kids to her mum's on Saturday morning.",
    "He's picking the boys up from school today, I've got a late meeting.",
    "I'll drop the twins at nursery on my way in.",
    "The kids are at their dad's this weekend so the house is quiet.",
    "We give the girls five pounds a week pocket money if they do their chores.",
    "Should we start giving Leo an allowance now he's nine?",
    "He pays the kids for washing the car, which they love.",
    "I told Ben no phone at the dinner table, same rule for everyone.",
    "The kids' bedtime is 8 on school nights and we're sticking to it.",
    "She's collecting the children from the after-school club at half five.",
    "Remind me to sign the permission slip for the zoo trip.",
    "He said he'd take the kids to the park so I can have a nap.",
    "My ex has the kids Tuesdays and every other weekend.",
    "I grounded Sam for a week for lying about his homework.",
    "We took the kids' tablets away until they tidy their rooms.",
    "He dropped the kids off late again and the teacher gave me a look.",
    "Who's doing the school run tomorrow, you or me?",
    "She takes the baby to the clinic on Thursdays to get weighed.",
    "The kids went to bed crying because we said no to the sleepover.",
    "My son slammed his door because I turned the wifi off at nine.",
    "He's taking the kids camping for the long weekend, just the three of them.",
    "I had to leave the kids with my neighbour for an hour.",
    "The baby screamed the whole car journey, I'm exhausted.",
    "We're handing the kids over at the services halfway between our houses.",
    "I don't let the kids watch that show, it gives them nightmares.",
    "My daughter has a new phone and we put parental controls on it.",
    "We check the kids' tablets once a week to see what apps they've downloaded.",
    "Can you grab the kids' PE kits from the dryer before you go?",
    "He's teaching our son to ride a bike without stabilisers.",
    "The kids can keep their birthday money or put it in the bank.",
    "Our eldest is allowed to walk to school alone now.",
    "I'll drop the kids at my sister's and meet you at the restaurant.",
    "The kids fell asleep in the car so we carried them up to bed.",
    "He's doing bath and bedtime tonight so I can go to yoga.",
    "We said the kids could stay up for the fireworks.",
    "My stepdaughter moved in with us in September and it's been an adjustment.",
    "She forgot to pack the kids' lunches so I dropped them at the school office.",
    "Our son has to be at football training by 9 on Sunday.",
    "The little one has chickenpox so I'm off work all week.",
]

# Phones, passwords, locations and messages in their everyday senses.
PHONES = [
    "My battery's on 2 percent, I'll call you when I get home.",
    "I left my charger at work so my phone's dead until tomorrow.",
    "Sorry I missed your calls, my phone was on silent in my bag.",
    "He dropped his phone in the bath, so message me instead.",
    "My screen cracked and I can't read any of my messages.",
    "I've got no signal in this building, I'll text you at lunch.",
    "Can you send me the wifi password again?",
    "We share the Netflix password with my brother.",
    "I wrote the passwords for the bills in the notebook in the drawer.",
    "I lost my phone on the bus, can you ring it and see if anyone answers?",
    "My phone keeps turning itself off, I need a new one.",
    "Ring me when you leave the office so I know when to put the pasta on.",
    "I can't call anyone from here, the reception is terrible in the valley.",
    "My phone ran out of credit so I couldn't ring you back.",
    "I turned my phone off for the weekend and it was lovely.",
    "He's always on his phone at dinner and it annoys me.",
    "I put my phone in the drawer during family time now.",
    "She sent me a screenshot of the train times.",
    "We both have Find My turned on in case one of us loses a phone.",
    "I shared my location with my sister while I'm walking home from the station.",
    "Text me when you land so I know you got there.",
    "I forgot my password again and got locked out of my email.",
    "He set up my new laptop and my email for me because I asked him to.",
    "I read your message three times, I'm still not sure what you meant.",
    "I deleted the app because I was spending too long on it.",
    "My mum checks her phone every five minutes for the grandkids' photos.",
    "I keep checking my phone to see if the job offer came through.",
    "She checks the weather app every morning before the school run.",
    "He goes through his emails on the train every morning.",
    "I went through my old messages and found photos from our first holiday.",
    "Can you look at my phone? The camera isn't working.",
    "I gave him my phone to look at the photos of the house.",
    "I'm waiting on a call from the garage about the car.",
    "My phone fell in the toilet, I'm on my laptop for now.",
    "I changed my number because I kept getting spam calls.",
    "I've blocked that number, it was a scam about my parcel.",
    "The group chat has been going off all night about the party.",
    "He never answers his phone when he's driving, which I'm glad about.",
    "Sorry, my phone died halfway through your story, what happened next?",
    "I'm putting my phone on do not disturb so I can sleep.",
    "My phone got stolen at the festival so I've got a cheap one for now.",
    "He saw the message on my screen, it was just my boss about the rota.",
]

# Keys, cars, money, bills, in the ordinary sense.
KEYS_CARS_MONEY = [
    "I've got the car today so you'll need to get the bus.",
    "Have you seen my keys? They're not on the hook.",
    "I locked my keys in the car at the supermarket.",
    "He's got the spare key in case I lock myself out again.",
    "The car wouldn't start this morning so I walked.",
    "I'll drive, you had a glass of wine.",
    "Can you move your car? I'm blocked in on the drive.",
    "He took the car for its MOT so I'm working from home.",
    "We split the bills fifty fifty and put the rest in savings.",
    "I transferred you the money for the electric.",
    "We've agreed not to spend more than a hundred on each other's birthdays.",
    "He handles the mortgage and I do the food shop, it works for us.",
    "We have a joint account for bills and our own accounts for fun money.",
    "I asked him to check the bank statement with me because I don't understand the fees.",
    "We're saving for a holiday so we're cutting back on takeaways.",
    "I cancelled the gym membership, I never went.",
    "Money's tight this month so we're skipping the cinema.",
    "She paid for dinner and I'll get it next time.",
    "I lent my brother two hundred and he hasn't paid it back.",
    "We sat down and made a budget together, it felt good.",
    "He wants a new car and I think we can't afford it.",
    "I got a parking ticket outside the dentist.",
    "The car's making a knocking noise again.",
    "He drives too fast on the motorway for my liking, I asked him to slow down and he did.",
    "I hate driving at night so he does the long trips.",
    "I hid the biscuits from the kids on the top shelf.",
    "I'm keeping the receipts in the glovebox.",
    "He gave me his card to get petrol on the way back.",
    "I've put the house keys under the plant pot for the cleaner.",
    "I don't have the keys to the shed, your dad has them.",
    "We're selling the second car, we barely use it.",
    "I forgot my purse so he paid for the shopping.",
    "My card got declined at the petrol station, it turned out the bank blocked it for fraud.",
    "He keeps all the paperwork in a folder, passports, birth certificates, the lot.",
    "The passports are in the safe, don't forget them for the airport.",
    "I'm not lending him my car again after he brought it back empty.",
    "He's saving his bonus for a new bike.",
    "I pay the childminder and he pays the nursery.",
]

# Pets, vets, walks, crates, animals in their ordinary life.
PETS = [
    "Can you take the dog out before you go to bed?",
    "The cat threw up on the rug again.",
    "I'm taking Biscuit to the vet for her jabs on Friday.",
    "The puppy sleeps in her crate at night and she's settled really well.",
    "He's been training the dog to sit and wait at the door.",
    "We had to have our old cat put to sleep last week, I'm heartbroken.",
    "The dog chewed my new shoes, I could scream.",
    "Who fed the fish today? They look hungry.",
    "She walks the dog every morning before work.",
    "Our rabbit escaped from the garden and we found him at the neighbour's.",
    "The cat brought a mouse in and left it on my pillow.",
    "I put a bell on the cat's collar so she stops catching birds.",
    "He's allergic to cats so we're getting a dog instead.",
    "The vet says the dog needs to lose weight, so no more scraps.",
    "What do I say to the kids about the hamster dying?",
    "The dog barked at the postman all morning.",
    "We're looking after my mum's dog while she's in hospital.",
    "He shouted at the dog for jumping on the sofa and then felt bad.",
    "The cat hides under the bed whenever the hoover comes out.",
    "I trod on the dog's tail by accident and she yelped, poor thing.",
    "The dog goes in his crate when we have visitors because he gets overexcited.",
    "We had to rehome the cat because the baby's allergic.",
    "The horse kicked the stable door and scared us both.",
    "I found a hedgehog in the garden and gave it some water.",
    "Our dog is scared of fireworks so we stay in with him on bonfire night.",
    "The kitten scratched my arm playing, it's just a little scratch.",
    "He buried the goldfish in the garden with the kids.",
    "I'm thinking of getting a second cat to keep Milo company.",
    "The dog ate a sock and we spent the night at the emergency vet.",
    "My cat sits on my laptop whenever I try to work.",
]

# Healthy limits, decisions, and giving up checking or snooping.
LIMITS = [
    "I've decided to stop looking at his location. I want to trust him, not watch him.",
    "I'm not going to read your messages anymore, it was making me paranoid and that's on me.",
    "I deleted the tracking app off my phone. I don't want to be that person.",
    "I went through her phone last year and I still feel ashamed about it.",
    "I'm done snooping. If I have a worry I'll ask you to your face.",
    "I keep wanting to check his phone and I'm trying really hard not to.",
    "I stopped checking his social media, it was eating me up.",
    "I used to check his location every hour and I've stopped, I'm proud of that.",
    "My counsellor helped me see that checking her messages wasn't helping me.",
    "I'm going to stop asking where you've been every night. I trust you.",
    "I won't look through your phone again, I promise. I'm sorry I did it.",
    "I turned off location sharing because I realised I was obsessing over it.",
    "I don't want to be someone who checks up on you all the time.",
    "I'm working on my jealousy, it's my problem to fix, not yours.",
    "I'm not going to chase you for a reply anymore. Answer when you're ready.",
    "I'm going to stop arguing about this over text. Let's talk tonight.",
    "If you shout at me, I'm going to leave the room until we're both calm.",
    "I'm taking a break from the group chat, it's too much right now.",
    "I've decided I'm not going to your parents' for Christmas this year.",
    "I'm going to my sister's for the weekend to clear my head.",
    "I won't lend you money again until the last loan is paid back.",
    "I'm not going to cover for you with your mum anymore.",
    "I'm stepping back from organising everything. You can book the holiday.",
    "I'm going to bed. We can finish this tomorrow when we're not so tired.",
    "I'm not discussing my weight with you anymore, it's not up for comment.",
    "From now on I'm going to say no when I'm too tired to go out.",
    "I've booked a counselling session for myself, whether or not you come.",
    "I'm going to start going to the gym on Tuesday nights, that's my time.",
    "I'm not going to text you while you're out with your friends, enjoy yourself.",
    "I need you to stop joking about my job in front of people.",
    "I'm moving into the spare room for a while so we both get some sleep.",
    "I'm going to leave the party early, I'm tired, you stay.",
    "I've told him I need an evening a week to myself and he agreed.",
    "I want us to stop going to bed angry.",
    "I'm ending the relationship. I've thought about it for months and it's the right thing.",
    "I'm not going to keep apologising for things I didn't do.",
    "I'm going to stop reading his old messages with his ex, it only hurts me.",
    "I gave him his space and stopped texting after the first message.",
    "It's turning me into someone I'm not proud of, so I'm stepping away from social media.",
    "This jealousy is turning me into someone I don't recognise and I want to change it.",
    "I'm going to stop following her around the house asking what's wrong.",
    "I've told my mum she can't drop round without calling first anymore.",
    "If you come home drunk again I'm going to sleep at my friend's, and I mean it.",
    "I've decided to go back to work when the baby's one, whatever your mum thinks.",
    "I'm not going to check whether you've done the dishes, I'll trust you to.",
    "I asked her to stop using my laptop without asking and she said sorry.",
    "I changed my passwords after the breakup, just to have a fresh start.",
    "I said I'd stop monitoring how much he drinks, it's his business.",
    "I'm going to stop counting how many nights he works late.",
    "I've stopped keeping score of who did what chores.",
    "We agreed to keep our phones out of the bedroom.",
    "We agreed we'd both tell each other where we're going if we're out late.",
    "I'm going to walk away from the argument next time instead of shouting.",
    "I'm not going to wait up for you tonight.",
    "I'm going to turn my read receipts off, I need less pressure.",
    "I've told him I'm not ready to move in yet, and that's okay.",
    "I told her I don't want to hear about her ex every day.",
    "I'm going to stop going through the bins for receipts, I know how that sounds.",
    "I'll stop asking you who you were texting. It's not fair on you.",
    "I want to stop being the one who checks the bank account every day.",
]

# Hurt, loneliness, sadness, disappointment: feelings, not danger.
FEELINGS = [
    "She barely looks at me when I talk, like I'm not even there.",
    "He walks past me in the kitchen without saying a word.",
    "I feel invisible in my own house sometimes.",
    "I don't know what to say to him anymore, every talk goes in circles.",
    "What am I supposed to say to her now?",
    "I've run out of ways to tell him I'm lonely.",
    "He treats me like a flatmate, not a wife.",
    "She ignores my messages for hours and then acts like nothing's happened.",
    "I feel so alone even when he's in the room.",
    "He forgot our anniversary again and I cried in the bath.",
    "I'm so tired of being the only one who tries.",
    "It hurts that she didn't come to my dad's funeral.",
    "I feel like I'm talking to a wall.",
    "He doesn't even notice when I've had a bad day.",
    "I don't know how to get through to her.",
    "Sometimes I feel like a ghost in this marriage.",
    "He'd rather play his games than spend time with me.",
    "I feel like I'm not important to him anymore.",
    "She laughed at my idea in front of her friends and it stung.",
    "I'm heartbroken, I thought we'd be together forever.",
    "I cried the whole way home after the row.",
    "I feel like I'm drowning in housework and nobody notices.",
    "I'm exhausted from pretending everything's fine.",
    "He hasn't said he loves me in months.",
    "I miss who we used to be.",
    "I feel rejected when he turns away in bed.",
    "She doesn't ask about my day anymore.",
    "We live like strangers under one roof.",
    "He acts like my feelings don't matter.",
    "She behaves as if I'm not there at family dinners.",
    "I feel so stupid for believing it would change.",
    "It's like I don't matter to anyone in this house.",
    "I'm lonely and I don't know who to talk to.",
    "He keeps saying he's fine but he won't talk to me.",
    "I feel empty after every argument.",
    "I'm sad all the time about where we've ended up.",
    "I don't know what else I can do to make him happy.",
    "I spent the evening on my own again.",
    "I'm scared we're drifting apart and won't come back.",
    "I'm worried he doesn't love me anymore.",
    "I'm nervous about telling him I want to see a counsellor.",
    "I'm anxious about the conversation with her tonight.",
    "It breaks my heart when he says he doesn't need help.",
    "I don't think he even sees me anymore.",
    "I feel like I'm shouting into the void.",
    "He tunes out whenever I bring up our problems.",
    "She's been cold with me all week and I don't know why.",
    "I wanted him to hold me and he just went to sleep.",
    "Every time I try to talk about us he changes the subject.",
    "I feel like the bad guy every time I ask for something.",
    "I don't want to feel like this anymore, so I'm going to talk to someone.",
    "I feel like I'm losing myself in this relationship.",
    "He makes me feel like I'm too much.",
    "I'm embarrassed by how much I cried over a text.",
    "I'm angry that he lied about the money.",
    "I'm hurt that you told your mum about our argument.",
    "I'm disappointed you didn't come to my work do.",
    "I'm fed up of being the one who always says sorry first.",
    "He's given up on us, I can feel it.",
    "I'm grieving the marriage I thought I'd have.",
    "what do i even say to him after that",
    "i dont know what to tell her at this point honestly",
    "he pretends im not there when his friends are round",
    "she treats me like im invisible",
    "nobody in this house notices when i'm upset",
]

# Figures of speech: violence and death words as idioms.
IDIOMS = [
    "I could kill for a cup of tea right now.",
    "I'd murder a bacon sandwich.",
    "This job is going to be the death of me.",
    "My feet are killing me after that walk.",
    "The commute is killing me this week.",
    "I'm dying to see the new flat.",
    "I nearly died laughing at his speech.",
    "She'll kill me if I'm late again, ha.",
    "My mum will murder me if I forget her birthday.",
    "I'm going to strangle the printer, it's jammed again.",
    "That exam absolutely destroyed me.",
    "I'm dead on my feet.",
    "These shoes are torture.",
    "He slayed that karaoke song.",
    "I'm drowning in paperwork.",
    "My boss is on the warpath today.",
    "The traffic was murder on the way home.",
    "I could scream, the washing machine's broken again.",
    "This heat is killing me.",
    "I'm going to lose my mind if the builders start drilling again.",
    "I want the ground to swallow me up, that was so embarrassing.",
    "Kill me now, we've got his work party tonight.",
    "I'm so hungry I could eat a horse.",
    "That film scared me to death.",
    "The kids are driving me up the wall.",
    "I'm going to kill him for eating my leftovers, honestly.",
    "My back is killing me from the gardening.",
    "I'd die for a holiday right now.",
    "He's a lifesaver, he fixed the boiler.",
    "She's a knockout in that dress.",
    "I'm beat, I'm going to bed.",
    "This deadline is crushing me.",
    "The quiz knocked me out, I only got three right.",
    "I'm gutted we missed the concert.",
    "We smashed the quiz last night.",
    "He crushed it in his interview.",
    "That cheese is lethal, it stinks.",
    "My phone is dying, quick.",
    "I'm dying of thirst.",
    "The suspense is killing me, just tell me!",
]

# Sport, films, games, hobbies.
SPORT_FILMS = [
    "We got hammered 5-0 on Saturday.",
    "He took a proper whack to the head in rugby but he's fine.",
    "I punched the bag for an hour at boxing, it felt great.",
    "She got tackled hard in the match and hurt her ankle.",
    "We watched a film about a stalker last night and I couldn't sleep.",
    "The killer in that series turned out to be the neighbour.",
    "He plays a hitman in the new film.",
    "I love true crime podcasts, is that weird?",
    "We're binge-watching a thriller about a kidnapping.",
    "My kickboxing class is brutal but I love it.",
    "He got knocked out in the second round, the crowd went wild.",
    "She shot three goals in the netball final.",
    "The horror film had a knife scene I couldn't watch.",
    "He's been shooting clay pigeons with his dad.",
    "I beat him at chess three times in a row.",
    "We went paintballing for his birthday and I'm covered in bruises.",
    "The goalie got a black eye from the ball.",
    "In the game you have to hunt down the other players.",
    "He's obsessed with that detective show about a murder in a village.",
    "I'm reading a crime novel where the husband poisons the wife.",
    "We went to the escape room and got locked in for an hour, so fun.",
    "My son broke his wrist falling off his skateboard.",
    "I fell off my bike and bruised my whole side.",
    "We played a murder mystery game at the dinner party.",
    "The referee sent him off for a bad tackle.",
    "She fought her way back to win the final set.",
    "I got strangled in judo today, it's part of the sport.",
    "We watched the fight on pay-per-view at his brother's.",
    "The ending of that film where the dog dies wrecked me.",
    "The villain threatens the hero's family in the last episode.",
    "He's training for a marathon and his knees are wrecked.",
    "I sparred with my coach and took a few hits, all part of it.",
    "We're watching a documentary about cults.",
    "In the book the main character follows her ex to his new house, it's creepy.",
    "The game had me hiding in a cupboard from the monster, I was terrified.",
    "I screamed so loud at the haunted house.",
    "He's into fencing, so there are swords all over the spare room.",
    "The kids' football coach shouts a lot but he's a good man.",
    "I tracked my run on the app, five miles!",
    "He follows every match of his team, home and away.",
]

# Misc everyday talk to or about a partner, with danger-leaning words in plain senses.
MISC = [
    "He said he'd be home by seven and it's nearly nine.",
    "She said she'd sort the bins and she didn't.",
    "He told me he'd call the plumber and he forgot.",
    "If you're going to the shop, can you get milk?",
    "If you go to the gym after work, can you grab bread on the way home?",
    "I'll be at my mum's if you need me.",
    "Why were you at the pub so late? I was worried you'd missed the last train.",
    "I saw you at the shops earlier but you didn't see me.",
    "We bumped into his ex at the supermarket, it was awkward.",
    "She dropped by my office with lunch, which was sweet.",
    "My mum turns up unannounced and it drives me mad.",
    "My sister always knows where I am because I tell her everything.",
    "He asked where I was going and I told him, no big deal.",
    "We had a huge row about the dishwasher.",
    "He slammed the cupboard because he stubbed his toe.",
    "She raised her voice at the call centre, not at me.",
    "We argued all night about whether to move.",
    "I'm worried about what he'll say when I tell him about the dent in the car.",
    "I'm scared of spiders and he always gets them out for me.",
    "I'm terrified of flying, he holds my hand on the plane.",
    "I'm afraid of telling my mum we're splitting up, she loves him.",
    "He gets grumpy when he's hungry, we all know it.",
    "She's been stressed with work, I'm giving her space.",
    "He wants to know if I'll be home for dinner.",
    "He likes to know what time I'll be back so he can cook.",
    "He checks the doors are locked every night before bed.",
    "She keeps the house tidy and hates it when I leave mugs everywhere.",
    "I can't go out tonight, I have to finish the report.",
    "I'm not allowed to eat before the blood test.",
    "He won't let me pay for dinner on my birthday.",
    "My mum won't let me help with the washing up.",
    "The doctor says I can't drive for six weeks after the operation.",
    "My boss won't let me take leave in August.",
    "We're not letting the kids have phones until they're twelve.",
    "He won't let me watch the final episode without him.",
    "I'll see what happens at the meeting and let you know.",
    "You'll see what I mean when you try the new recipe.",
    "Let's see what happens with the house sale before we book anything.",
    "Don't bother coming back without the milk, ha.",
]


# Disclosures that keep recall beside the negatives (the same everyday words where they are danger).
DANGER: list[tuple[str, list[str]]] = [
    # stalking, monitoring, without the obvious words
    ("He reads my texts every night after I fall asleep.", ["stalking"]),
    ("She goes through my phone while I'm in the shower and asks about every name.", ["stalking"]),
    ("He knows where I've been before I tell him, every single time.", ["stalking"]),
    ("He waits outside my work at five to see who I leave with.", ["stalking"]),
    ("My ex keeps turning up at the gym when I'm there.", ["stalking"]),
    ("He put an app on my phone and now he always knows where I am.", ["stalking"]),
    (
        "She makes me keep my location on and rings if I stop anywhere.",
        ["stalking", "coercive_control"],
    ),
    ("He logs into my email and reads everything I send.", ["stalking"]),
    ("He has all my passwords and gets angry if I change one.", ["stalking", "coercive_control"]),
    ("I found a little tracker stuck under my car seat.", ["stalking"]),
    (
        "He drove past my mum's house over and over while I was staying there.",
        ["stalking", "fear_of_partner"],
    ),
    ("She follows me to the shops to see who I talk to.", ["stalking"]),
    (
        "Since we split he sits outside the house in his car at night.",
        ["stalking", "fear_of_partner"],
    ),
    ("he screenshots my chats and sends them back to me to prove he's watching", ["stalking"]),
    (
        "He checks the mileage on my car to see if I went anywhere.",
        ["stalking", "coercive_control"],
    ),
    ("He turned up at my friend's birthday because he saw where I was on the map.", ["stalking"]),
    ("I have to send him a photo every hour to show where I am.", ["stalking", "coercive_control"]),
    ("She listens at the door when I'm on the phone to my sister.", ["stalking"]),
    ("He set up a camera in the living room and watches it from work.", ["stalking"]),
    ("my ex keeps messaging my new boyfriend and knows where we go on dates", ["stalking"]),
    # phones and keys as control
    (
        "He took my phone so I couldn't call anyone and locked the front door.",
        ["coercive_control", "fear_of_partner"],
    ),
    ("She hides my car keys so I can't go and see my friends.", ["coercive_control"]),
    ("He smashed my phone when I tried to ring my mum.", ["physical_violence", "coercive_control"]),
    ("He keeps my bank card and gives me money for the week if I behave.", ["coercive_control"]),
    ("I'm not allowed to have my own money, he checks every receipt.", ["coercive_control"]),
    ("He won't let me see my sister unless he's there too.", ["coercive_control"]),
    (
        "She took my passport and says I'll get it back when I stop being difficult.",
        ["coercive_control"],
    ),
    ("He changed the wifi password so I can't get online when he's out.", ["coercive_control"]),
    (
        "He says if I go to my sister's I shouldn't bother coming home.",
        ["coercive_control", "threats"],
    ),
    ("He tells me what to wear before I'm allowed out.", ["coercive_control"]),
    ("He makes me ask before I eat anything from the fridge.", ["coercive_control"]),
    (
        "He says he'll take the kids and I'll never see them again if I leave.",
        ["coercive_control", "threats"],
    ),
    ("She counts the money in my purse every night.", ["coercive_control"]),
    ("He's stopped me going to work, he says he earns enough.", ["coercive_control"]),
    ("He deleted all my friends off my phone.", ["coercive_control"]),
    (
        "I have to be home ten minutes after work ends or there's trouble.",
        ["coercive_control", "fear_of_partner"],
    ),
    # threats said as a plan or a hint
    ("He said I'll see what happens if I tell anyone.", ["threats"]),
    ("He told me to wait and see what he does if I leave.", ["threats"]),
    ("She said I'd regret it for the rest of my life if I went to the police.", ["threats"]),
    ("He said nobody would believe me and I'd be sorry.", ["threats"]),
    (
        "He told me he knows where my parents live, like it was a warning.",
        ["threats", "fear_of_partner"],
    ),
    ("He said if I take the kids he'll burn the house down.", ["threats"]),
    ("He said the dog would disappear if I kept arguing.", ["threats", "harm_to_animals"]),
    ("He said he'd drive us all into a wall if I left him.", ["threats", "harm_to_children"]),
    ("He keeps saying accidents happen, looking straight at me.", ["threats", "fear_of_partner"]),
    ("She says she'll make sure I never see the children again.", ["threats", "coercive_control"]),
    ("He said if I leave he'll kill himself and it'll be my fault.", ["threats", "self_harm"]),
    ("He showed me the knife and said that's for if I ever cheat.", ["threats"]),
    ("He told me to be careful walking home, in that voice.", ["threats", "fear_of_partner"]),
    ("he said dont make me do something we'll both regret", ["threats"]),
    # physical violence, intimidation
    ("He grabbed my wrist so hard I have marks.", ["physical_violence"]),
    ("She threw a mug at my head during the argument.", ["physical_violence"]),
    ("He pushed me into the door and I hit my head.", ["physical_violence"]),
    (
        "He punched a hole in the wall right next to my face.",
        ["physical_violence", "fear_of_partner"],
    ),
    ("He had his hands round my neck for a second, then let go.", ["physical_violence"]),
    ("He pinned me down on the bed and wouldn't let me up.", ["physical_violence"]),
    (
        "He drove at 100 on purpose to scare me because I wanted to get out.",
        ["physical_violence", "fear_of_partner"],
    ),
    ("She slapped me in front of the kids.", ["physical_violence", "harm_to_children"]),
    ("I told the doctor I fell down the stairs but he pushed me.", ["physical_violence"]),
    (
        "He stood in the doorway and wouldn't let me leave the room.",
        ["physical_violence", "coercive_control"],
    ),
    ("He kicked me when I was on the floor.", ["physical_violence"]),
    ("He used to hit me when he'd been drinking.", ["physical_violence"]),
    ("I have bruises on my arms from where he held me.", ["physical_violence"]),
    ("he shoved me out of the car and drove off", ["physical_violence"]),
    ("She broke my glasses when she hit me.", ["physical_violence"]),
    ("He headbutted me last night.", ["physical_violence"]),
    # fear of the partner
    ("I'm scared of what he'll do when he sees the bank statement.", ["fear_of_partner"]),
    ("I sleep with my car keys under my pillow in case I need to get out.", ["fear_of_partner"]),
    ("I hid the knives before he got home.", ["fear_of_partner"]),
    ("I lock myself in the bathroom when he starts shouting.", ["fear_of_partner"]),
    ("I'm terrified to tell him I'm pregnant.", ["fear_of_partner"]),
    ("When his car pulls up my whole body goes cold.", ["fear_of_partner"]),
    (
        "The kids and I tiptoe round him so he doesn't blow up.",
        ["fear_of_partner", "harm_to_children"],
    ),
    ("I'm frightened to go home tonight.", ["fear_of_partner"]),
    ("I've packed a bag and hidden it at work in case I need to run.", ["fear_of_partner"]),
    ("I'm scared he'll find out I've been talking to you.", ["fear_of_partner"]),
    ("my heart races every time his name comes up on my phone", ["fear_of_partner"]),
    ("I don't feel safe in my own house with her.", ["fear_of_partner"]),
    ("I stay at work late so I don't have to be home when he's angry.", ["fear_of_partner"]),
    ("I'm afraid if I say no he'll get rough again.", ["fear_of_partner", "physical_violence"]),
    # sexual violence
    ("He does things to me while I'm asleep.", ["sexual_violence"]),
    ("I said no and he carried on anyway.", ["sexual_violence"]),
    (
        "She makes me have sex to make up after every fight.",
        ["sexual_violence", "coercive_control"],
    ),
    ("He got me drunk and I woke up with him on top of me.", ["sexual_violence"]),
    ("He sulks for days unless I sleep with him, so I just do it.", ["sexual_violence"]),
    (
        "He threatened to send my photos to my boss unless I did what he wanted.",
        ["sexual_violence", "threats"],
    ),
    ("He forced me last night and I keep shaking.", ["sexual_violence"]),
    ("My uncle abused me when I was little and I've never told anyone.", ["sexual_violence"]),
    ("He won't stop when I tell him it hurts.", ["sexual_violence"]),
    ("he pressures me for sex every night even when im sick", ["sexual_violence"]),
    # harm to children
    ("He shook the baby because she wouldn't stop crying.", ["harm_to_children"]),
    ("He locks our son in his room all day as a punishment.", ["harm_to_children"]),
    ("She hit my daughter with a belt.", ["harm_to_children"]),
    (
        "The kids hide under the bed when he starts shouting at me.",
        ["harm_to_children", "fear_of_partner"],
    ),
    ("He throws things at the kids when he's angry.", ["harm_to_children", "physical_violence"]),
    ("He leaves the toddler alone in the flat to go to the pub.", ["harm_to_children"]),
    (
        "He grabbed my son by the neck and lifted him off the floor.",
        ["harm_to_children", "physical_violence"],
    ),
    ("My little girl saw him push me down the stairs.", ["harm_to_children", "physical_violence"]),
    ("He won't feed the kids when I'm at work.", ["harm_to_children"]),
    ("He told our son he'd break his arm if he told me.", ["harm_to_children", "threats"]),
    ("The kids are scared to come home when he's there.", ["harm_to_children", "fear_of_partner"]),
    ("he smacks the baby when she cries at night", ["harm_to_children"]),
    # harm to animals
    ("He kicked the dog across the kitchen.", ["harm_to_animals"]),
    (
        "She keeps the cat shut in the garage for days when she's angry with me.",
        ["harm_to_animals"],
    ),
    ("He threw the puppy against the wall.", ["harm_to_animals"]),
    ("He said he'd drown the cat if I left.", ["harm_to_animals", "threats"]),
    (
        "He leaves the dog in the crate all day and night to punish me.",
        ["harm_to_animals", "coercive_control"],
    ),
    ("He starves the dog when I go out without him.", ["harm_to_animals"]),
    ("Our rabbit died after he stamped on it.", ["harm_to_animals"]),
    ("He hit the horse with a spade.", ["harm_to_animals"]),
    ("he swung the cat by its tail to make me cry", ["harm_to_animals"]),
    ("He took my dog to the woods and came back without her.", ["harm_to_animals"]),
    # self-harm, both partners
    ("I don't see the point of waking up anymore.", ["self_harm"]),
    ("I keep thinking everyone would be better off without me.", ["self_harm"]),
    ("I've started cutting again.", ["self_harm"]),
    ("I took too many of my pills last night on purpose.", ["self_harm"]),
    ("He says he's got a rope in the shed and he's thought about it.", ["self_harm"]),
    ("I just want to disappear and never come back.", ["self_harm"]),
    ("I've been looking up how many tablets it would take.", ["self_harm"]),
    ("Sometimes I want to drive into the river on the way home.", ["self_harm"]),
    ("She tried to overdose last year and she's talking like that again.", ["self_harm"]),
    ("i wish i could go to sleep and not wake up", ["self_harm"]),
    ("I've written letters to the kids in case I go through with it.", ["self_harm"]),
    ("He keeps saying there's no point him being alive.", ["self_harm"]),
    ("I burn myself with the lighter when it gets too much.", ["self_harm"]),
    ("I'm tired of living like this and I've thought about ending it.", ["self_harm"]),
    # harm to others
    ("I'm scared I'm going to hit him if he says it one more time.", ["harm_to_others"]),
    ("I keep picturing hurting her and it frightens me.", ["harm_to_others"]),
    ("I've got urges to smash his face in and I don't trust myself.", ["harm_to_others"]),
    ("He says he's going to find my ex and hurt him badly.", ["harm_to_others", "threats"]),
    ("I almost grabbed the knife during the row, I was that close.", ["harm_to_others"]),
    ("He told me he wants to kill his boss and he's bought a bat.", ["harm_to_others"]),
    ("I'm worried I'll lose it and hurt the baby.", ["harm_to_others", "harm_to_children"]),
    ("i want to hurt him like he hurt me and ive been planning it", ["harm_to_others"]),
]

# More disclosures in the everyday wording the negatives use (the contrast the model must learn).
DANGER_CONTRAST: list[tuple[str, list[str]]] = [
    ("He said he'd take the kids somewhere I'd never find them.", ["threats", "coercive_control"]),
    ("He drops the kids home late on purpose and laughs when I panic.", ["coercive_control"]),
    (
        "She gives the kids money to spy on me and tell her who I see.",
        ["stalking", "coercive_control"],
    ),
    (
        "My phone died and he used it as an excuse to take it off me for a week.",
        ["coercive_control"],
    ),
    ("He takes my charger so my phone dies and I can't call anyone.", ["coercive_control"]),
    (
        "He checks my phone every night and gets angry if I've deleted anything.",
        ["stalking", "fear_of_partner"],
    ),
    ("I'm not allowed to turn my location off, ever.", ["stalking", "coercive_control"]),
    (
        "He gives me an allowance and I have to hand back whatever's left with the receipts.",
        ["coercive_control"],
    ),
    ("He acts like I don't exist for days and then hits me when I talk.", ["physical_violence"]),
    (
        "She turned up at my work and screamed at me in the car park.",
        ["stalking", "physical_violence"],
    ),
    ("I can't call anyone because he listens in on every call.", ["stalking", "coercive_control"]),
    ("He keeps the car keys on him so I can't leave the house.", ["coercive_control"]),
    ("He said if I stop answering his calls he'll come to my work.", ["threats", "stalking"]),
    (
        "He follows me from room to room and won't let me be alone.",
        ["coercive_control", "stalking"],
    ),
    ("What do I say to him so he doesn't hit me again?", ["physical_violence", "fear_of_partner"]),
    ("He killed my cat and said it was an accident.", ["harm_to_animals"]),
    ("He says this job is killing him and that he'll take me with him.", ["threats"]),
    (
        "I gave up my phone to him like he asked, I didn't want another bruise.",
        ["coercive_control", "physical_violence"],
    ),
    (
        "Why was he at my gym? I moved across town so he wouldn't find me.",
        ["stalking", "fear_of_partner"],
    ),
    ("He shares my location with his brother so they can both keep an eye on me.", ["stalking"]),
    (
        "If I go to my sister's he says don't bother coming back, and he means it.",
        ["coercive_control", "threats"],
    ),
    (
        "He said you'll see what happens, then he punched the door.",
        ["threats", "physical_violence"],
    ),
    ("he's got my passwords and reads my work email too", ["stalking"]),
    ("I'm going to stop answering him because he keeps threatening me.", ["threats"]),
]

# Round two (same helper): figures of speech from sport and looks, a complaint beside a denial of
# violence, not knowing what the other wants, and "give" in its everyday senses.
MORE = [
    "She smashed her personal best at parkrun this morning.",
    "He absolutely smashed his driving test.",
    "You killed it at the presentation today.",
    "He shot me a look when his mum mentioned the wedding.",
    "She shot me a text to say she'd be late.",
    "He shot me a smile across the room and I melted.",
    "I beat him at tennis for the first time ever.",
    "She hit the roof when she saw the phone bill, then we laughed about it.",
    "He knocked it out of the park with that birthday surprise.",
    "We got thrashed at pub quiz again.",
    "He's never laid a finger on me, he just sulks for days after a row.",
    "She's never hurt me, she just goes quiet and won't talk.",
    "He hasn't ever hit me or anything, he just forgets I'm there.",
    "It's not like he's violent, he just never listens.",
    "She's not abusive or anything, she's just really messy.",
    "He doesn't hit me or anything like that, he just spends all our money on games.",
    "I don't know what he wants from me anymore.",
    "I honestly don't know what she wants for her birthday.",
    "I don't know what my husband wants out of life anymore.",
    "I don't know what to get him for Christmas.",
    "I give the dog a treat every time he comes back when I call.",
    "I give my mum a lift to church on Sundays.",
    "We give the neighbours a key when we go away.",
    "I give him a hard time about his snoring.",
    "I give the kids their pocket money on Saturdays.",
    "We give our daughter an allowance for her phone and clothes.",
    "She gives her son an allowance now he's at uni.",
    "I gave the kids a fiver each for the fair.",
    "Do you think we should give the kids an allowance or pay them per chore?",
    "My parents gave me an allowance when I was a teenager and it taught me a lot.",
]


# Templated neighbours of the kinds of sentences the raters saw misread (never the sentences
# themselves): plans reported with "he said he'd", being ignored ("like I don't exist"), pocket
# money, a flat phone, giving up checking, not knowing what to say. Combined deterministically.
SAID_WHO = [
    "He said he'd",
    "She said she'd",
    "He says he'll",
    "She told me she'd",
    "He promised he'd",
    "My husband said he'd",
    "Sam said he'd",
    "My wife said she'd",
    "Dad said he'd",
    "Jo said she'd",
    "He told me he'd",
    "My ex said he'd",
]
SAID_PLANS = [
    "drop the kids at {t}",
    "pick the kids up at {t}",
    "be home by {t}",
    "take the dog out at {t}",
    "collect his mum from the station at {t}",
    "cook tonight",
    "ring the landlord tomorrow",
    "fix the shelf at the weekend",
    "take the bins out",
    "book the dentist for the kids",
    "meet us at the park at {t}",
    "bring the car back by {t}",
    "sort the bills tomorrow",
    "drop the boys at football at {t}",
    "take the kids swimming on Sunday",
    "do the school run",
    "watch the kids while I'm at work",
    "call me at lunch",
    "drop the baby at my mum's at {t}",
    "have the kids back by {t}",
    "drop Ellie at her dance class",
    "get the shopping on the way home",
    "come to the parents' evening at {t}",
    "paint the kids' bedroom",
    "drop the car at the garage",
    "walk the dog before work",
    "take the girls to the cinema",
    "drop the keys off at {t}",
]
TIMES = ["5", "6", "half 3", "4", "7", "8", "ten", "3.30", "noon", "five", "9"]
EXIST_WHO = [
    "He acts like I don't exist",
    "She treats me like I don't exist",
    "he acts like i dont exist",
    "My teenager acts like I don't exist",
    "She looks straight through me like I'm not there",
    "He forgets I exist",
    "At work they act like I don't exist",
    "my husband acts as if i dont exist",
    "She behaves like I don't exist",
    "He talks over me like I don't exist",
]
EXIST_TAILS = [
    "",
    " when his friends are round",
    " most evenings",
    ", and it hurts",
    " since the argument",
    " and I'm tired of it",
    " until she wants something",
    " when the football's on",
]
GIVE_WHO = ["I give", "We give", "He gives", "She gives", "My parents gave", "I pay", "We pay"]
GIVE_KIDS = ["the kids", "my son", "our daughter", "the twins", "the boys", "my stepson"]
GIVE_WHAT = [
    "an allowance",
    "pocket money",
    "five pounds a week",
    "money for doing chores",
    "their lunch money",
    "an allowance on Fridays",
    "a bit of money for the school trip",
]
PHONE_WHAT = [
    "My phone died",
    "My battery ran out",
    "My phone's broken",
    "I dropped my phone in the sink",
    "I left my phone at home",
    "My phone's out of charge",
    "my phone died",
    "The phone's dead",
]
PHONE_TAILS = [
    "so I can't call anyone",
    "so I couldn't ring you",
    "so I can't text anyone till tonight",
    "so I couldn't call anyone back",
    "so I missed your calls",
    "so I can't call anyone till I get home",
]
STOP_START = ["I'm going to stop", "I've stopped", "I'm done", "I want to stop", "I need to stop"]
STOP_WHAT = [
    "checking your phone",
    "reading your messages",
    "looking at your location",
    "going through his phone",
    "checking her socials",
    "tracking where you are",
    "checking who you've been texting",
    "looking through your emails",
]
STOP_WHY = [
    ". It's making me someone I'm not proud of.",
    ". I don't like who it's turning me into.",
    ". It's not who I want to be.",
    ", it's turning me into a jealous mess.",
    ". I don't like the person it makes me.",
    ". I trust you.",
    ". It's not fair on either of us.",
    ", it's turning me into a person I don't recognise.",
]
SAY_WHAT = [
    "what do i even say to him",
    "What am I supposed to say to her",
    "I don't know what to say to him",
    "What do I even tell her",
    "How do I even talk to him",
    "idk what to say to her",
]
SAY_WHEN = ["at this point", "now", "after all that", "anymore", "tonight", "about the holiday"]
INTO = [
    "This job is turning me into someone who never laughs.",
    "Having a baby turned me into someone much calmer.",
    "Running has turned me into someone who gets up at six.",
    "Lockdown turned me into someone who talks to plants.",
    "The stress is turning me into someone I don't much like.",
    "Dieting turns me into someone nobody wants to be around.",
    "Being tired all the time is turning me into a grump.",
]


def templated() -> list[str]:
    rnd = random.Random(SEED)  # noqa: S311 (variation of training text, not security)
    out: list[str] = []
    for who in SAID_WHO:
        for plan in rnd.sample(SAID_PLANS, 7):
            out.append(f"{who} {plan.replace('{t}', rnd.choice(TIMES))}.")
    for who in EXIST_WHO:
        for tail in rnd.sample(EXIST_TAILS, 3):
            out.append(f"{who}{tail}.")
    for who in GIVE_WHO:
        for kid in rnd.sample(GIVE_KIDS, 3):
            out.append(f"{who} {kid} {rnd.choice(GIVE_WHAT)}.")
    for what in PHONE_WHAT:
        for tail in rnd.sample(PHONE_TAILS, 3):
            out.append(f"{what} {tail}.")
    for start in STOP_START:
        for what in rnd.sample(STOP_WHAT, 5):
            out.append(f"{start} {what}{rnd.choice(STOP_WHY)}")
    for say in SAY_WHAT:
        for when in rnd.sample(SAY_WHEN, 3):
            out.append(f"{say} {when}")
    return [t if rnd.random() < 0.7 else typed(t) for t in out] + INTO


# And the contrast: the same everyday words where they are danger.
CONTRAST_TEMPLATED: list[tuple[str, list[str]]] = [
    ("He gives me an allowance and takes the rest of my wages.", ["coercive_control"]),
    ("She puts me on pocket money like I'm a child and keeps my salary.", ["coercive_control"]),
    ("He pays me an allowance and I have to account for every penny.", ["coercive_control"]),
    (
        "i get an allowance from him and if i go over he shouts for hours",
        ["coercive_control", "fear_of_partner"],
    ),
    (
        "He said he'd drop the kids off and then drove off with them and won't say where they are.",
        ["coercive_control", "harm_to_children"],
    ),
    ("He said he'd hurt the kids if I didn't come home by 5.", ["threats", "harm_to_children"]),
    (
        "She said she'd tell social services lies so I lose the kids.",
        ["threats", "coercive_control"],
    ),
    (
        "He said he'd break my phone if he caught me texting my sister again.",
        ["threats", "coercive_control"],
    ),
    ("He acts like I don't exist until he's drunk and then he hits me.", ["physical_violence"]),
    ("He takes my phone at night so I can't call anyone.", ["coercive_control"]),
    (
        "He unplugs the landline and hides my phone so I can't call anyone for help.",
        ["coercive_control", "fear_of_partner"],
    ),
    (
        "He checks my phone every night and I'm scared of what he'll find.",
        ["stalking", "fear_of_partner"],
    ),
    ("I don't want to exist anymore.", ["self_harm"]),
    ("Some days I wish I didn't exist at all.", ["self_harm"]),
    ("i want to stop existing", ["self_harm"]),
    ("He says he wishes he didn't exist and he's been giving his things away.", ["self_harm"]),
]


def typed(text: str) -> str:
    """As people type: lower case, no apostrophes, no full stop."""
    out = text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[.!]$", "", out)


def with_typed(lines: Sequence[str]) -> list[str]:
    """Each line, and every third one also as typed (deterministic)."""
    out: list[str] = []
    for n, text in enumerate(lines):
        out.append(text)
        if n % 3 == 1 and typed(text) != text:
            out.append(typed(text))
    return out


# The false alarms found by raters and fresh sets: a test (tests/safety/test_hard_negatives.py),
# never training text, so the test still measures something the training did not see.
HELD_OUT = (
    "I'm going to stop checking your phone. It's turning me into someone I don't like.",
    "He said he'd drop the kids at 5",
    "what do i even say to her at this point",
    "he acts like i dont exist",
    "I give the kids an allowance",
    "My phone died so I can't call anyone",
)


def plain(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("'", "")).strip()


def write(name: str, rows: Sequence[tuple[str, list[str]]]) -> int:
    held = {plain(t) for t in HELD_OUT} | {plain(t.split(".")[0]) for t in HELD_OUT}
    seen: set[str] = set()
    lines = []
    for text, kinds in rows:
        text = re.sub(r"\s+", " ", text).strip()
        if text in seen or plain(text) in held:
            continue
        seen.add(text)
        lines.append(json.dumps({"text": text, "kinds": kinds}, ensure_ascii=False))
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def negatives() -> list[tuple[str, list[str]]]:
    groups = (
        KIDS,
        PHONES,
        KEYS_CARS_MONEY,
        PETS,
        LIMITS,
        FEELINGS,
        IDIOMS,
        SPORT_FILMS,
        MISC,
        MORE,
    )
    rows = [text for group in groups for text in with_typed(group)] + templated()
    return [(text, []) for text in rows]


def disclosures() -> list[tuple[str, list[str]]]:
    rows = DANGER + DANGER_CONTRAST + CONTRAST_TEMPLATED
    out: list[tuple[str, list[str]]] = []
    for n, (text, kinds) in enumerate(rows):
        out.append((text, kinds))
        if n % 3 == 1 and typed(text) != text:
            out.append((typed(text), kinds))
    return out


def main() -> int:
    counts = {
        "hard_everyday.jsonl": write("hard_everyday.jsonl", negatives()),
        "hard_danger.jsonl": write("hard_danger.jsonl", disclosures()),
    }
    for name, count in counts.items():
        print(f"{count:5d} lines -> training/safety/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
