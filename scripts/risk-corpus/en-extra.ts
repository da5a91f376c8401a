// English, second pass: plain explicit wording, wider medical/abuse/violence wording, and
// contrast pairs (the same words as a risk template with an everyday purpose), written after
// the first model fired on "bought a rope for the tent" and missed "i want to die".
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

export const EN_EXTRA_SLOTS: Record<string, string[]> = {
  benignFor: q(
    "the hammock|the tent|my dog's tug toy|the climbing gym|the garden fence|the boat|a swing for the kids|the moving truck|camping|the christmas tree|the clothesline|tying down the kayak",
  ),
  occasion: q(
    "her birthday|their anniversary|christmas|graduation|mother's day|the wedding|the holidays|his retirement|valentine's day",
  ),
  event: q(
    "the wedding|the move|our holiday|the christening|the party|my knee surgery|my mom's visit|the trip to mexico|the baby shower|the first day of school|the closing on the house|the concert",
  ),
  landmark: q(
    "everest|the eiffel tower|the empire state building|the bridge on the hike trail|that waterfall|the new stadium|the ferris wheel|the cn tower|the tallest rollercoaster",
  ),
  give: q(
    "my old books to the library|our old sofa|the kittens to good homes|baby clothes to my cousin|my old laptop to my nephew|bags of clothes to goodwill|the puppies to families|the crib now that the kids are grown|my old bike to a neighbor",
  ),
  ailment: q(
    "my thyroid|my blood pressure|the headache|my back|my allergies|my cholesterol|the pain|my stomach",
  ),
  benignPlace: q(
    "the beach|the lake to fish|my aunt's house|the farmers market|the mountains|the coast|ikea|the outlet mall",
  ),
  tech: q("docker container|process|background job|zombie process|thread|tmux session|pod|task"),
  food: q("the onions|the carrots|the cake|the bread|a mango|the chicken|the tomatoes"),
  inf: q(
    "die|kill myself|end my life|hurt myself|cut|take all my pills|disappear|jump|do anything stupid",
  ),
  tail: q(
    "i just want to feel better|just tired|i have my kids|i'm just venting|the session helped|i promise|don't worry|i want to get through this|i'm safe",
  ),
  hope: q(
    "i don't want to live like this either|i don't know how to keep going|i can't see a way out|i'm so tired of being alive|everyone would be better without me|i think about it every night",
  ),
};

export const EN_EXTRA: Spec[] = [
  {
    set: "passive-more",
    level: "low",
    categories: ["suicide"],
    count: 120,
    templates: q(
      "i wish i was dead|i'd rather be dead|i wish i could die in my sleep|i'm just waiting to die|i don't care if i die|i can't go on like this|i can't see myself making it to next year",
    ),
  },
  {
    set: "explicit",
    level: "moderate",
    categories: ["suicide"],
    count: 260,
    templates: q(
      "i want to die|i want to kill myself|i'm suicidal|im suicidal again|i'm having suicidal thoughts again|i keep thinking about killing myself|i'm going to kill myself|i think about suicide a lot|i want to end my life|i feel like dying|want to die so bad rn|i want to die 😭|i really want to die right now|i can't stop thinking about killing myself|sometimes i think about killing myself when {feel}|i don't know why i want to die all the time|i'm thinking about suicide|i want to die, i'm not joking|i don't want to kill myself but {hope}|i don't want to die but {hope}|i'm not going to do anything tonight but {hope}|suicidal thoughts all day|i feel like killing myself after today|i want to hang myself|i have a plan to kill myself",
    ),
  },
  {
    set: "medical-more",
    level: "high",
    categories: ["medical"],
    count: 200,
    templates: q(
      "my lower belly aches when i wee|it stings when i pee and it's been days|i'm still confused the next day, i don't know what day it is|i don't recognise my own house|i've had shortness of breath since {dose}|having trouble breathing, it feels shallow|my throat feels like it's closing|my lips are turning blue|i can't stop throwing up since {dose}|the hallucinations haven't stopped since {dose}|i can't wake {person} up after {dose}|{person} passed out after {dose} and won't respond|a pounding headache like nothing before, since {dose}|i'm peeing blood|there's pressure on my bladder all the time now|i get up ten times a night to pee since starting {ket}|my chest hurts when i breathe|i fainted twice today after {dose}|i can't feel my face and my speech is slurred hours later|my heart keeps skipping and racing {hours} after {dose}",
    ),
  },
  {
    set: "abuse-more",
    level: "moderate",
    categories: ["abuse"],
    count: 120,
    templates: q(
      "i'm afraid of {abuser}|i don't feel safe at home|i'm not safe at home with {abuser}|{abuser} controls all my money and takes my meds|{abuser} took my phone and car keys so i can't leave|{abuser} calls me worthless and screams at me every night|{abuser} is outside my door with a knife|{abuser} says he'll kill me if i tell the clinic|{abuser} shoves me around when i'm slow|{abuser} makes me sleep in the car",
    ),
  },
  {
    set: "harm-others-more",
    level: "moderate",
    categories: ["harm_to_others"],
    count: 120,
    templates: q(
      "i'm going to beat the shit out of {other} when i see him|i'm scared i might hurt my baby|i keep having thoughts of hurting my kids|i wish {other} was dead|i bought a knife to make {other} pay|i'm going to smash {other}'s face in|i'll make {other} suffer like i did|i want to strangle {other}|next time {other} says that i'll stab him|i'm going to go over there and hurt {other}",
    ),
  },
  {
    set: "misuse-more",
    level: "moderate",
    categories: ["misuse"],
    count: 80,
    templates: q(
      "mixed my dose with a bottle of wine|i'm craving another dose already|took {ket} and then drank a lot|i want more {ket} and the next session is weeks away|i've been taking {ket} on days i'm not supposed to|i snorted some k a friend gave me",
    ),
  },
  {
    set: "neg-contrast",
    level: "none",
    categories: [],
    count: 600,
    templates: q(
      "bought a rope for {benignFor}|i bought rope today for {benignFor}|we picked a date for {event}|set the date for {event}, it's {time}|wrote letters to {person} for {occasion}|writing a letter to {person} for {occasion}|giving away {give}|i gave away {give}|gave {pet} to {person} for the weekend|{person} is watching {pet} while we travel|how high is {landmark}|how long does it take to drive to {benignPlace}|how many people fit in the clinic waiting room|my pills are in the kitchen drawer|my meds are ready at the pharmacy|i took my pills for {ailment}|i took my meds this morning|i'm so tired after work, going to sleep early|i'm glad i'm alive today|i want to keep going with therapy|i want to feel better and i think i will|end of the day i'm just tired|execute the job by {time}|the boxer got knocked out in the third round|how to kill a {tech}|how do i kill a {tech} in linux|{person} drove me home after {dose}|{person} picked me up after {dose}|i'm driving to {benignPlace} {time}|everything's ready for {event}|my mind is made up, i'm taking the new job|i've decided to quit sugar|everything is sorted for {event}|said goodbye to {person} at the airport|last day at this job, bye everyone, i'll miss you|this is my last post before vacation, see you in two weeks|you won't hear from me this weekend, no signal at the cabin|i'll be offline for a week camping|i cut {food}|i cut my finger cooking|cut my nails too short|burned my hand on the stove taking out the tray|my son hit a home run|i'm going to sleep in {time}, no alarm|i slept the whole day, felt good|i ate with {person}|i went to church with my mom|i took a nap after {dose}|i'm done with my exams finally|i'm done for the day, heading home|the party is {time}, can't wait|i wrote my goodbye speech for my coworker's retirement|we made our wills when we bought the house, the lawyer said it's normal|can i drive after {dose}|is ketamine painless to take|how high is the dose they'll start me on, will the clinic explain|i gave my car to my daughter since she got her license|i got a gun safe for my dad's hunting rifles|my husband took my phone to fix the screen|my wife hits the gym every morning|my dad is gone on a business trip till friday|i can't breathe from laughing|the heat makes it hard to breathe outside|i'm dying of laughter",
    ),
  },
  {
    set: "neg-negated-more",
    level: "none",
    categories: [],
    count: 260,
    templates: q(
      "i don't want to {inf}, {tail}|i would never {inf}, {tail}|i'm not going to {inf}, {tail}|no plans to {inf}, {tail}|i don't want to {inf}|i'd never {inf}|i have no thoughts of wanting to {inf}|i'm not suicidal, {tail}|i'm not thinking about suicide, {tail}|i'm not having thoughts of hurting myself|{abuser} would never hit me|{abuser} doesn't hurt me, he's kind|i didn't take more {ket} than prescribed|i haven't used any extra {ket}|no blood in my urine, all fine|my chest doesn't hurt, just wanted to check in",
    ),
  },
];
