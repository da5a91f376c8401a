// English risk phenomena for the learned scorer's corpus (issue 15's failure modes).
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

/** Risk lines, short chat messages; long posts are built from LONG_CUES below. */
export const EN_RISK: Spec[] = [
  {
    set: "method-question",
    level: "moderate",
    categories: ["suicide"],
    count: 340,
    templates: q(
      "which bridge is high enough|how high does a building have to be to not survive the fall|how many {pill} would stop a heart|how much insulin would stop my heart|how long does it take to bleed out|is hanging painless|what's the most painless way to go|can you actually die from {pill}|how many {pill} does it take|how long would it take in the garage with the car running|does carbon monoxide hurt|how deep do you have to cut to hit the artery|would a fall from the 8th floor be enough|how cold does the water have to be so you don't come back up|where can i buy a gun without the waiting period|what knot holds a person's weight|how many {pill} with alcohol would be enough|is {place} high enough|what's the lethal dose of {pill}|which is quicker, pills or the train|how long until you pass out from helium|do people survive jumping from {place}|how much {pill} before your liver gives out|what happens if you take {n} {pill} at once|is drowning peaceful|how fast does the train go past the crossing near my house|would anyone find me in {place}|what time does the last train pass {place}|can {pill} and vodka stop your breathing|is it quick if you jump in front of a truck|how many mg of {pill} is fatal|asking for me, how much {pill} would put me to sleep for good|what's the easiest way to not wake up|does it hurt to hang|how long does an overdose of {pill} take|if i stop eating how long would it take|how do people do it with a car and a hose|how high up do you need to be|is {pill} enough to end things|which vein is the one that can't be stopped|can you od on {ket}|how much {ket} would stop my heart",
    ),
  },
  {
    set: "means-timeline",
    level: "high",
    categories: ["suicide"],
    count: 300,
    templates: q(
      "i bought {means} today|i've got {means} in my car and {time} is the night|picked a date. {time}|i've been saving up {pill} for weeks and {time} i'm taking them|the gun is loaded and in the drawer|i know which bridge. {time}|everything is sorted for {time}|{means} is under my bed, ready|i got {means} off amazon, it comes tomorrow|i've counted out {n} {pill}, they're on the table|i'm driving to {place} {time}|my mind is made up, {time}|i've decided. {time} when nobody's home|i already tied the knot, just need to stop shaking|bought {means} on the way home, i know what it's for|the car is in the garage and the hose fits|i have {n} {pill} saved, i'm done waiting|i've chosen {place}. going {time}|got my dad's gun out of the safe|{time} is when it happens, i've made peace with it|i've set the date for {time} and i feel calm about it|i've looked up when the trains come through|i put {means} in my backpack|the pills are crushed and in the glass|i'm at {place} now|standing on {place} right now|i've already written the time down: {time}|after {dose} {time} i'm going to use {means}|not waiting anymore, {means} is ready",
    ),
  },
  {
    set: "attempt-prep",
    level: "high",
    categories: ["suicide"],
    count: 300,
    templates: q(
      "i took {n} {pill} {ptime} and woke up in the er|i tried {ptime}, it didn't work|i wrote letters to {person}|gave {pet} to my neighbor, she'll be better off there|made a will yesterday. 34 and making a will|said my goodbyes to everyone {ptime}|gave away {thing} and {thing}, i won't need them|woke up after swallowing the pills, still here unfortunately|i overdosed {ptime} and nobody knows|the rope broke {ptime}|i swallowed {n} {pill} {ptime} but threw up|i wrote a note and left it in my drawer|i've been giving my stuff away all week|i deleted all my accounts and paid off my debts so nobody has to|i left the passwords and the insurance papers on the kitchen table for {person}|i asked {friend} to take {pet} if anything happens|i sat in the car with the engine running {ptime} until i panicked|{ptime} i stood on {place} for an hour|i cut too deep {ptime} on purpose, i wanted it to be the end|i tried to hang myself {ptime}|i spent {ptime} saying goodbye to {person} without them knowing|i got out of the hospital after my attempt {ptime}|i just got discharged from the psych ward after i took the pills|i had my stomach pumped {ptime}|wrote my goodbye letters and put stamps on them|i recorded a video for {person} to watch after|i cancelled my appointments, i won't be needing them|i put everything in order for {person}",
    ),
  },
  {
    set: "passive",
    level: "low",
    categories: ["suicide"],
    count: 260,
    templates: q(
      "i'm so tired of existing|i want everything to stop, for good|i wish i could just disappear forever|i don't want to be here anymore|what's the point of any of it|i'm tired of waking up|i can't do this anymore, i'm so done|i just want it all to be over|i wish i'd never been born|i want to go to sleep and not have to deal with anything ever again|i'm so tired of being alive|there's nothing left for me here|life isn't worth it anymore|i just want to stop existing|i'm ready to stop|there's no reason to keep going|i feel like a ghost and soon i won't even be that",
    ),
  },
  {
    set: "hopeless-only",
    level: "concern",
    categories: [],
    count: 120,
    templates: q(
      "i feel so hopeless and nothing helps|i feel hopeless today|i don't see a future for me|nothing is ever going to get better|i've given up|i'm hopeless, nothing works, not even {ket}|every day is the same pain and it will never end|i'm done fighting|i don't belong anywhere, not even here",
    ),
  },
  {
    set: "hopeless-burden",
    level: "moderate",
    categories: ["suicide"],
    count: 360,
    templates: q(
      "everyone would be better off without me|i'm just a burden to {person}|there's no way out of this|i'm trapped and there's no exit|{person} would be fine without me, better even|i'm a waste of space|no one would notice if i was gone|i keep thinking {person} would be happier if i wasn't around|the world would be better without me in it|i'm only hurting {person} by staying|i don't want to live like this anymore and i don't think i can change it|i'm not meant to be here|i've been a burden to {person} for too long|the only way out i can see is to not be here",
    ),
  },
  {
    set: "passive-slang",
    level: "low",
    categories: ["suicide"],
    count: 60,
    templates: q(
      "i just want to sleep forever|i hope i don't wake up tomorrow|lowkey want to not exist",
    ),
  },
  {
    set: "slang",
    level: "moderate",
    categories: ["suicide"],
    count: 340,
    templates: q(
      "i want to unalive myself|gonna kms|kms fr|i'm going to ctb soon|thinking about catching the bus|i want to go be with {dead}|you won't hear from me again|{bye}|this is my last post|i'm checking out|i'm going to end things|i want to off myself|thinking about the rope again|sewerslide is on my mind|might just yeet myself off {place}|going to log off for good|see you on the other side|i'm going to take the long walk|soon i'll be with {dead}|time to end the game|i'm ready to catch the bus|not gonna be around much longer|i won't be a problem much longer|one way or another this is my last week|if i don't post tomorrow, that's why|i'm so ready to unalive|ctb tonight maybe|wanna kms so bad|i'm going to permanently sleep|i just want to join {dead}|gonna take all my {pill} and sleep forever|by this time next week i'll be gone|i'm leaving and not coming back, {bye}|when i'm gone please look after {pet}|delete my number, you won't need it|kys is what i tell myself every morning|unaliving myself sounds better every day",
    ),
  },
  {
    set: "self-harm",
    level: "moderate",
    categories: ["self_harm"],
    count: 200,
    templates: q(
      "i cut again {ptime}|i've been burning myself with a lighter|relapsed on sh {ptime}|i want to cut so bad|i scratch my arms till they bleed|i hit myself when i get like this|the urge to hurt myself is back|i hide the marks with long sleeves|i used a razor on my thighs {ptime}|i need to feel the pain so i cut|i punched the wall until my knuckles split, on purpose|i've been starving myself to punish myself|my cuts are getting deeper|i bought new blades|i keep pulling my hair out until it bleeds|i burned my arm with the iron on purpose|after {dose} i wanted to hurt myself again|sh is the only thing that helps|i bang my head on the wall until i can't think|i carved into my leg {ptime}",
    ),
  },
  {
    set: "harm-others",
    level: "moderate",
    categories: ["harm_to_others"],
    count: 320,
    templates: q(
      "how do you poison someone slowly without it showing|how hard do you have to choke someone to make them pass out|how to hurt someone so they don't get up|what's untraceable in a drink|how much {poison} would it take to kill a grown man|i'm going to make {other} pay, he won't see monday|gonna shoot up {venue}|i know where {other} parks, he's done|how to get even with {other} permanently|i want to hurt the people at {venue}|i'll burn {other}'s house down with him inside|how do you break someone's arm|how much {poison} do i put in {other}'s coffee|what's the best way to strangle someone|where do you stab someone so they don't survive|i want {other} dead|i'm going to kill {other}|i keep picturing {other} bleeding and it feels good|i'm bringing my gun to {venue} tomorrow|everyone at {venue} is going to regret it|i could put {poison} in {other}'s food and nobody would know|how to make it look like an accident|how long does it take for {poison} to work on a person|i've been following {other} home to learn his routine|i'm going to get {other} when he's alone|how to run someone over and get away with it|which part of the head do you hit to knock someone out for good|i want to make {other} disappear|one day i'll snap and take {other} with me|how to tamper with someone's brakes",
    ),
  },
  {
    set: "abuse",
    level: "moderate",
    categories: ["abuse"],
    count: 160,
    templates: q(
      "{abuser} hit me again {ptime}|{abuser} locks me in the room|{abuser} comes into my room at night and touches me|{abuser} takes my money and says no one will believe me|{abuser} choked me during the argument|i'm scared to go home, {abuser} will hurt me|{abuser} threatens to kill me if i leave|{abuser} pushed me down the stairs|i have bruises where {abuser} grabbed me|{abuser} won't let me see my friends or have my phone|{abuser} forced me to have sex {ptime}|{abuser} said he'd hurt the kids if i tell anyone|i'm hiding in the bathroom, {abuser} is screaming and breaking things|{abuser} beats me when he drinks",
    ),
  },
  {
    set: "medical",
    level: "high",
    categories: ["medical"],
    count: 260,
    templates: q(
      "there's blood in my urine since {dose}|my bladder hurts so much i can barely pee|i have to pee every ten minutes and it burns|peeing is agony since i started {ket}|it hurts low in my belly when i pee and there's blood|my chest feels tight and it's been {hours} since {dose}|my heart is pounding and it's been hours since {dose}|i still feel confused {hours} after {dose}|i keep seeing things, and {dose} was {hours} ago|my heart won't slow down since {dose} yesterday|i can't catch my breath after {dose}|i'm seeing shapes on the walls and it's the next day|my pee is pink and it stings|i feel pressure in my chest and my left arm is numb|i don't know where i am and the session ended {hours} ago|i passed out in the bathroom after {dose}|i keep leaking and it burns since the treatments|my heart is racing like crazy still and {dose} was this morning|i've been hearing voices since {dose} {hours} ago|bladder spasms every night since starting {ket}",
    ),
  },
  {
    set: "misuse",
    level: "moderate",
    categories: ["misuse"],
    count: 220,
    templates: q(
      "i have a stash of {ket} at home and took extra|bought some k off a guy|i redosed twice after {dose}|i crave {ket} all the time|i took my troches early and doubled up|i've been using my home supply every night|ordered ket online|i took more {ket} than i was told|i saved some troches to take when i'm alone|i took two doses back to back because one wasn't enough|i get {ket} from a friend between sessions|i took {ket} with a few drinks tonight|i can't stop thinking about the next dose|i used all my troches for the month in a week|i took the nasal spray home and used it again|i'm buying k from someone at work|i took an extra troche to feel it again|i lied to the clinic about how much i've been taking|i'm going to take more {ket} tonight than they said|i took someone else's {ket}",
    ),
  },
];

/** Risk sentences to embed in long posts (weak cues are combined, two or three per post). */
export const LONG_CUES: { level: "moderate" | "high"; categories: ["suicide"]; cues: string[] }[] =
  [
    {
      level: "moderate",
      categories: ["suicide"],
      cues: q(
        "I feel like a burden to {person}.|I'm so tired of all of it.|I don't see how this ever gets better.|Sometimes I think {person} would be better off without me.|I'm running out of reasons.|I keep thinking about not being here.|I don't want to wake up most days.|I'm done, I just am.|Nothing helps, not the meds, not {ket}.|I've stopped picturing a future.|I feel trapped with no way out.|I just want it all to stop.",
      ),
    },
    {
      level: "high",
      categories: ["suicide"],
      cues: q(
        "I've been saving {pill} in a shoebox.|Last week I looked up how high {place} is.|I gave {pet} to {friend} so she'll be looked after.|I wrote letters to {person} and hid them.|I've picked {time}.|I took {n} {pill} {ptime} and nobody knows.|I drove to {place} and sat there for an hour.|I bought {means} and it's in the closet.",
      ),
    },
  ];
