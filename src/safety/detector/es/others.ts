import { any, type Rule } from "../rules.ts";
import { EVERYDAY_CAUSE_ES, esRule, JOKE_ES, PERSON_ES, QUIERO } from "./words.ts";

// Spanish self-harm, harm to others and abuse. Levels as in the English lexicon.

const HURT_ME =
  "(?:cortarme|cortarm|kortarme|lastimarme|hacerme dano|hacerme danio|herirme|quemarme|golpearme|autolesionarme|hacerme cortes|hacerme heridas|castigarme)";
/** A cut that is plainly an accident or a haircut. */
const ACCIDENT =
  // a kitchen tool (round-13 esD-230: "me corté con la mandolina haciendo papas")
  // broken glass picked up (round-16 esG-104: "me corte la mano recogiendo los vidrios")
  /recogiendo|vidrios|se me cayo|mandolina|rallador|haciendo (?:papas|la comida|de comer|la cena)|pelo|cabello|flequillo|unas|barba|cocin|afeit|papel|sin querer|accidente|por error|el dedo|un dedo|rasurar|depil|la llamada|la luz|internet|la linea|fila|jugando|jaja|jeje|😂/;

export const SPANISH_SELF_HARM_RULES: Rule[] = [
  esRule(
    "es.self_harm.act",
    "self_harm",
    "high",
    `${any(
      "(?:me|ya me) (?:corte|he cortado|estoy cortando|estuve cortando|volvi a cortar|sigo cortando|he vuelto a cortar|hice cortes|he hecho cortes)",
      "(?:me|ya me) (?:lastime|he lastimado|hice dano|he hecho dano|queme|he quemado|golpee|pegue|hice heridas|rasgue|di golpes|he dado golpes|mordi|arane) (?:a proposito|aposta|adrede|queriendo|otra vez a proposito|para sentir|para castigarme|con (?:un|una|el|la) (?:cuchilla|navaja|cuchillo|mechero|encendedor|cigarro|tijeras))",
      "(?:sigo|me sigo) (?:cortandome|cortando|haciendome dano|lastimandome|quemandome)|me estoy (?:haciendo dano|lastimando) (?:a proposito|otra vez|de nuevo)|volvi a (?:cortarme|hacerme dano|lastimarme|quemarme|autolesionarme)|he vuelto a (?:cortarme|hacerme dano|autolesionarme)|me autolesione|me he autolesionado|me estoy autolesionando|me autolesiono|recai en (?:cortarme|las autolesiones)",
    )}`,
    { negatable: false, unless: ACCIDENT },
  ),
  esRule(
    "es.self_harm.intent",
    "self_harm",
    "high",
    `(?:me voy a|voy a|esta noche voy a|hoy voy a) (?:${HURT_ME}|cortar(?! el| la| las| los| con| mi| un| una| por)|hacer dano|lastimar(?= *(?:$|[.!?,;])))`,
    { negatable: false, unless: ACCIDENT },
  ),
  esRule(
    "es.self_harm.urge",
    "self_harm",
    "moderate",
    `${any(
      `${QUIERO} (?:volver a )?${HURT_ME}|(?:ganas|impulsos|necesidad|deseos) de (?:volver a )?${HURT_ME}|me dan ganas de (?:volver a )?${HURT_ME}`,
      `(?:pienso|estoy pensando|he pensado|no dejo de pensar) en ${HURT_ME}|(?:siento que|creo que|temo que|tengo miedo de que) me (?:haria|voy a hacer|hare) dano|me haria dano|tengo miedo de ${HURT_ME}|me merezco (?:sufrir|dolor|sangrar)`,
    )}`,
    {
      negatable: false,
      unless: /jaja|jeje|😂|🤣|pelo|cabello|flequillo|dieta|gimnasio|gym|ejercicio|fiestas/,
    },
  ),
];

const HARM_UNLESS = new RegExp(
  `${JOKE_ES.source}|${EVERYDAY_CAUSE_ES.source}|a (?:besos|abrazos|cosquillas)|de (?:risa|un susto|un disgusto|un coraje|un infarto|la preocupacion|los nervios)|matar a (?:la |el )?(?:compania|empresa|operadora|aerolinea|paqueteria|banco|proveedor) de`,
);

export const SPANISH_HARM_OTHERS_RULES: Rule[] = [
  esRule(
    "es.harm_to_others.imminent",
    "harm_to_others",
    "imminent",
    `tengo (?:un arma|una pistola|un cuchillo|una navaja|una escopeta) y (?:lo|la|los|las|le|les) voy a|(?:lo|la|los) estoy esperando con (?:un|una|el|la) (?:arma|pistola|cuchillo|navaja)|voy (?:ahora )?a (?:dispararle|dispararles)`,
    { negatable: false, unless: HARM_UNLESS },
  ),
  esRule(
    "es.harm_to_others.intent",
    "harm_to_others",
    "high",
    `${any(
      "(?:lo|la|los|las) voy a (?:matar|apunalar|acuchillar|ahorcar|estrangular|envenenar|reventar a golpes)(?! a (?:besos|abrazos|cosquillas))",
      `voy a (?:matarl[oa]s?|matar a ${PERSON_ES}|hacerle dano|hacerles dano|apunalarl[oa]|envenenarl[oa])(?! a (?:besos|abrazos|cosquillas))|(?:le|les) voy a (?:hacer dano|pegar un tiro|dar un tiro|clavar)`,
    )}`,
    { negatable: false, unless: HARM_UNLESS },
  ),
  esRule(
    "es.harm_to_others.thoughts",
    "harm_to_others",
    "moderate",
    `${any(
      `${QUIERO} (?:matarl[oa]s?|matar a ${PERSON_ES}|hacerle dano|hacerles dano|lastimarl[oa]s?|pegarle|golpearl[oa]|herirl[oa])(?! a (?:besos|abrazos|cosquillas))`,
      "(?:pienso|estoy pensando|fantaseo|he pensado|no dejo de pensar) (?:mucho )?en (?:matarl[oa]s?|matar a|hacerle dano|hacerles dano|lastimarl[oa])|(?:tengo )?(?:miedo|pensamientos|impulsos) de (?:hacerle dano|matar a|lastimar a) (?:mi|mis|alguien|el bebe|los ninos)",
    )}`,
    { negatable: false, unless: HARM_UNLESS },
  ),
];

const BENIGN_HIT =
  // "pero me pegó porque tengo un hijo de esa edad": it hit home (round-11 fBes-237)
  /pero me pego porque|sol|calor|cancion|musica|gripe|resfriado|bajon|el vino|alcohol|ketamin|disociacion|el viaje|la dosis|efecto|sueno|tema|frase|moda|estilo|pelota|balon|futbol|jaja|jeje|😂|me obliga a (?:madrugar|trabajar|estudiar|hacer ejercicio|ir al)|mi (?:medico|doctor|doctora|terapeuta|jefe|trabajo) me obliga/;

const BENIGN_CONTROL =
  /jaja|jeje|😂|me obliga a (?:madrugar|trabajar|estudiar|hacer ejercicio|ir al)|mi (?:medico|doctor|doctora|terapeuta|jefe|trabajo) me obliga/;

export const SPANISH_ABUSE_RULES: Rule[] = [
  esRule(
    "es.abuse.physical",
    "abuse",
    "high",
    `${any(
      "me (?:pega|pego|pegaba|golpea|golpeo|golpeaba|ahorca|ahorco|estrangula|estrangulo|empuja|empujo|patea|pateo|maltrata|maltrato|maltrataba|abofetea|abofeteo|tira del pelo|jala del pelo|ha pegado|han pegado|ha golpeado|ha ahorcado|dio una paliza|da palizas|dio una bofetada|dio una cachetada|da golpes)",
      "abusa de mi|abuso de mi|abusaron de mi|abusa sexualmente de mi|me (?:viola|violo|violaron|ha violado|toca sin (?:mi )?permiso|toco sin (?:mi )?permiso|forzo|fuerza a|obliga a (?:tener sexo|tener relaciones|acostarme))",
      "me (?:amenaza|amenazo|ha amenazado) con (?:matarme|pegarme|hacerme dano|quitarme a (?:los ninos|mis hijos)|echarme)|dice que me va a matar|tengo miedo de (?:mi pareja|mi esposo|mi marido|mi novio|mi novia|mi esposa|mi padre|mi padrastro|volver a casa|que me mate|que me pegue)|no me siento segur[oa] en (?:casa|mi casa)",
    )}`,
    { negatable: false, unless: BENIGN_HIT },
  ),
  esRule(
    "es.abuse.control",
    "abuse",
    "moderate",
    `${any(
      "me obliga a(?! (?:madrugar|trabajar|estudiar|hacer ejercicio|ir al))|me obligo a (?:tener|hacer|tomar|beber|drogarme|quedarme|darle)|no me deja (?:salir|ver a|trabajar|tener dinero|usar el telefono|hablar con)|me controla (?:el dinero|el telefono|el celular|todo|lo que como)|me (?:quita|quito) (?:el dinero|mi dinero|el telefono|el celular|las llaves)(?![. ]{0,4}(?:pa|para) (?:ponerle|cambiarle|arreglarlo|arreglarla|cargarlo|cargarla|configurarlo|instalarle|actualizarlo|revisarle))|me encierra|me encerro",
    )}`,
    { negatable: false, unless: BENIGN_CONTROL },
  ),
];
