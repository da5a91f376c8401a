// English slot values for the training corpus: written by the project, no real person's text.
import { pool } from "./gen.ts";

export const EN_SLOTS: Record<string, string[]> = {
  pill: pool(
    "pills|sleeping pills|tylenol|paracetamol|my seroquel|my antidepressants|xanax|ambien|oxy|my mom's pills|the pills from my last surgery|benadryl|my lithium|tramadol|the whole bottle of advil",
  ),
  means: pool(
    "a rope|the pills|a gun|a box of razor blades|the bottle|charcoal and tape|a hose for the car|enough pills|the belt|rope from the hardware store|a second bottle of my meds|a shotgun|the helium tank",
  ),
  place: pool(
    "the bridge|the parking garage|the train tracks|the roof of my building|the cliffs|the overpass on 5th|the woods behind the house|the lake|the highway bridge|the quarry",
  ),
  time: pool(
    "tonight|this weekend|on friday|after my next session|when everyone's asleep|on my birthday|before the end of the month|tomorrow morning|once the kids are at school|sunday|after christmas|next week|when my wife leaves for work",
  ),
  ptime: pool(
    "last night|on saturday|two days ago|on sunday night|this morning|last week|after my session on tuesday|a few hours ago|yesterday",
  ),
  person: pool(
    "my wife|my husband|my mom|my dad|my kids|my sister|my brother|my girlfriend|my boyfriend|my family|my friends|my partner|my son|my daughter",
  ),
  dead: pool("my dad|my mom|grandma|my brother|my son|my wife|my best friend|my grandpa"),
  pet: pool("my cat|my dog|the dog|my two cats|my bird|my rabbit"),
  thing: pool("my guitar|my car|my books|my clothes|my ps5|my watch|my savings|my jewelry|my bike"),
  other: pool(
    "my boss|my ex|my neighbor|my stepdad|my coworker|that guy at the gym|my landlord|my brother in law|the manager|her new boyfriend",
  ),
  venue: pool(
    "the office|my old school|the mall|the church on main|the clinic|the warehouse where i work|that bar|the campus|the gym|the courthouse",
  ),
  poison: pool(
    "antifreeze|rat poison|bleach|eye drops|his insulin|something untraceable|crushed pills|arsenic",
  ),
  abuser: pool(
    "my husband|my boyfriend|my stepdad|my partner|my dad|my mom's boyfriend|my uncle|my wife|my girlfriend|my ex",
  ),
  feel: pool(
    "tired|exhausted|numb|empty|sad|stressed|drained|overwhelmed|low|flat|anxious|burned out",
  ),
  n: pool("20|30|all|40|a whole box of|15|50|every one of|60|a handful of"),
  friend: pool(
    "my friend|my best friend|my roommate|a guy in my group|my cousin|my coworker|my sister|my neighbor's kid|my brother|a girl from my class",
  ),
  ket: pool("ketamine|ket|k|the troches|my ketamine|the lozenges|the nasal spray|the spravato"),
  dose: pool("the session|my infusion|the dose|treatment|my troche|my session|the spravato"),
  hours: pool("six hours|two days|a day|since yesterday|eight hours|three days|12 hours|all night"),
  filler: pool("idk|tbh|honestly|i guess|lol|ngl|anyway|...|whatever|so yeah"),
  bye: pool(
    "bye everyone i love you|this is goodbye|thank you for everything|i'm sorry for everything|take care of each other|don't blame yourselves|remember me well",
  ),
  hobby: pool(
    "knitting|running|my garden|guitar|painting|hiking|the dog park|cooking|chess|my book club",
  ),
  game: pool(
    "valorant|cod|fortnite|elden ring|league|minecraft|apex|halo|dark souls|rocket league",
  ),
  sport: pool("the game|the match|practice|the final|soccer|basketball|hockey|the playoffs"),
};

/** Everyday context sentences for long posts: true for anyone, risk or not. */
export const EN_CONTEXT = pool(
  "I'm 34 and I've been in treatment for depression for about six years.|" +
    "My therapist suggested ketamine after the third medication didn't help.|" +
    "I work nights at a warehouse so my sleep is all over the place.|" +
    "I have two kids and a partner who works a lot.|" +
    "We moved to this city last spring for my job.|" +
    "My back has been bad since the car accident in 2019.|" +
    "I had my fourth session on Tuesday and the room was really calm.|" +
    "The nurse at the clinic is kind and explains everything.|" +
    "Most days I get up, make coffee, feed {pet} and go to work.|" +
    "I used to love {hobby} but I haven't done it in months.|" +
    "My mom calls every Sunday and we talk about nothing much.|" +
    "Money has been tight since I got my hours cut.|" +
    "I've been trying to walk every morning like my doctor said.|" +
    "Sorry if this is long, I don't really post much.|" +
    "I don't know why I'm writing this here.|" +
    "I've read this forum for a while without posting.|" +
    "Work was the usual, meetings and emails and a boss who never says thanks.|" +
    "It's been raining all week here.|" +
    "My sister has her own problems so I don't want to bother her.|" +
    "I started a new medication a month ago.|" +
    "The integration session is on Thursday.|" +
    "I'm in my second year of college and my grades are okay.|" +
    "My partner and I have been together nine years.|" +
    "I have fibromyalgia so some days everything aches.|" +
    "I drove to the pharmacy and then to pick up the kids.|" +
    "Last weekend we had a barbecue at my brother's.|" +
    "I keep a journal like my therapist asked.|" +
    "I watched a show and ate cereal for dinner.|" +
    "My dad passed away three years ago and we were close.|" +
    "I'm the one everyone comes to with their problems.|" +
    "Some friends from school still text me now and then.|" +
    "I've been on leave from work since October.|" +
    "The ketamine clinic is forty minutes away so my husband drives me.|" +
    "I'm not great at writing so bear with me.|" +
    "I've been to three different therapists over the years.|" +
    "It's late and I can't sleep so here I am.|" +
    "I cleaned the kitchen and did laundry today.|" +
    "My chronic pain specialist wants me to try physical therapy again.|" +
    "I'm a nurse and I'm used to looking after other people.|" +
    "We got a puppy in the summer.|" +
    "I've lived alone since the divorce.|" +
    "My coworkers think I'm fine because I joke around a lot.|" +
    "Honestly I don't even know what I want people to say.|" +
    "I have an appointment with my psychiatrist next month.",
);
