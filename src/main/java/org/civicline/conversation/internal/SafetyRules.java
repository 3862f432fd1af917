package org.civicline.conversation.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Words that mean a life is at risk now, checked before anything else. The classifier
 * catches what residents phrase in ways no list foresees; these patterns make sure the
 * plainest cases never depend on a model's mood. Questions about the numbers themselves
 * ("when should I call 911?") are left to the FAQ.
 */
final class SafetyRules {

	private static final PhraseList CRISIS = new PhraseList("(kill|hurt|harm|cut) (myself|my self|me)",
			"(suicide|suicidal|end my life|end it all)", "(don'?t|do not|dont) want to (live|be alive|be here|exist)",
			"(no reason|nothing) to live (for)?", "want to die",
			"(husband|wife|boyfriend|girlfriend|partner|ex|father|dad|mother|mom|stepdad) (hits|beats|is beating|beat|choked|chokes|abuses|hurts|threatens|threatened) (me|us)",
			"(domestic (violence|abuse))", "scared to go home", "(me pega|quiero morir|no quiero vivir|matarme)",
			"(kill|killing|end|ending|take|taking) (myself|my own life|my life)", "(self[- ]?harm|cutting myself)",
			"better off (without me|if i was gone|if i were gone|dead)",
			"(chokes|choked|strangles|strangled|slaps|slapped|beat up|beats up) me", "my abuser",
			"threaten(s|ed)? to kill (me|us|the kids|my)");

	private static final PhraseList EMERGENCY = new PhraseList("(is|are|'s|s) on fire",
			"(house|building|kitchen|car|apartment|garage) fire", "fire (in|at) (my|the|our)",
			"smell(s|ing)? (of )?gas", "gas (leak|smell)", "(not|isn'?t|isnt|stopped) breathing",
			"(unconscious|unresponsive|passed out|overdos(e|ing))",
			"(man|woman|person|guy|someone|somebody|child|kid|lady|baby) (is |was )?(slumped|lying|laying|passed out|collapsed|down) (on|in|at)",
			"(has|with) a (gun|knife)", "(shooting|stabbed|stabbing|shot)",
			"(broke|breaking|broken) in(to)? (my|our|the) (house|home|apartment)", "someone (broke|is breaking) in",
			"(being|getting) (attacked|robbed|mugged|assaulted)", "heart attack", "(drowning|choking)",
			"bleeding (badly|a lot|heavily)", "(incendio|fuego|no respira)",
			"(robbery|break[- ]?in|burglary|carjacking|home invasion|mugging|shooting|stabbing|fight) (in progress|happening (right )?now|going on (right )?now)",
			"active shooter", "armed (man|woman|person|guy|robber|intruder|men)",
			"(waving|pointing|swinging|holding|brandishing) (a|his|her|their) (gun|pistol|rifle|knife|machete|weapon)",
			"(wire|wires|power ?line|power ?lines|cable|transformer)s? .{0,40}(sparking|sparks|arcing|on fire)",
			"live wires?", "(sparking|arcing) (wire|wires|power ?line|cable)",
			"(trapped|stuck) (in|under|on|inside) .{0,40}(water|flood|fire|burning|rubble|collapse|roof|river|car)",
			"(water|flood).{0,40}(rising|up to).{0,60}(can'?t|cannot|trapped|stuck|help)",
			"(smoke|flames) (is |are )?(pouring|coming|billowing|shooting) (out|from|through)",
			"(won'?t|will not|does ?n'?t|is ?n'?t) (wake up|respond|responding|answer me)",
			"(having a seizure|turning blue|foaming at the mouth|can'?t breathe|cannot breathe)",
			"(having|had|is having) a stroke", "(face|mouth) (is )?(drooping|droops|twisted)",
			"can'?t move (his|her|their|one) (arm|leg|side)",
			"(fell|fallen|slipped) (in|into) the (pool|river|lake|canal|water)");

	// Read on the text without accents: residents write "esta" for "está" as often as
	// not.
	private static final PhraseList SPANISH_CRISIS = new PhraseList(
			"(me quiero|quiero|voy a|pienso en) (matar|morir|suicidar)\\w*",
			"(matarme|suicidarme|suicid\\w+|quitarme la vida|acabar con mi vida|acabar con todo)",
			"(no|ya no) (quiero|aguanto|puedo) (vivir|seguir viviendo|seguir aqui|estar aqui|existir|mas con esto)",
			"(hacerme|me hago|me estoy haciendo|me quiero hacer) (dano|algo)", "(me corto|cortarme|me estoy cortando)",
			"no (le )?(veo|encuentro|tiene) sentido (a |)(la vida|nada|vivir|seguir)",
			"(estarian|estaria|estan|estaran) mejor sin mi", "mejor (estar )?(muerto|muerta)",
			"(esposo|esposa|marido|mujer|novio|novia|pareja|ex|papa|padre|mama|madre|padrastro|hermano|hijo)"
					+ " (me|nos) (pega|pego|golpea|golpeo|maltrata|amenaza|amenazo|ahorca|ahorco|lastima|quiere matar)",
			"me (pega|golpea|maltrata|ahorca) (mi|el|la)", "violencia (domestica|familiar|intrafamiliar)",
			"(miedo|terror) (de|a) (volver|regresar|ir|llegar) a (mi )?casa", "amenaz\\w+ (con|de) matar(me|nos)",
			"(abusa|abuso|abusan) de (mi|nosotros|mi hij\\w+|los ninos)");

	private static final PhraseList SPANISH_EMERGENCY = new PhraseList("(hay|un|se ve|veo) (un )?(incendio|fuego)",
			"(se esta|esta|se estan|estan) quemando", "(sale|salen|saliendo|hay) (mucho )?(humo|llamas)",
			"(huele|olor|peste) a gas", "fuga de gas", "no (respira|puede respirar|puedo respirar)",
			"(no|ya no) (despierta|reacciona|responde|se mueve)", "(esta |quedo )?inconsciente",
			"(se desmayo|se cayo y no|convulsion\\w*|sobredosis|infarto|se (esta )?ahogando)",
			"(me|nos|le|les|la|lo) (estan|esta) (robando|asaltando|atacando|golpeando|apunalando|disparando)",
			"(entraron|se metieron|se metio|estan entrando|esta entrando|alguien entro|se quieren meter) (a|en) (mi|la|nuestra|su) (casa|apartamento|departamento|depa|cuarto)",
			"(tiene|trae|con|saco|anda con) (una |un )?(pistola|arma|cuchillo|navaja|machete|rifle)",
			"(disparos|balazos|balacera|tiroteo|dispararon|apunalad\\w+|acuchillad\\w+)",
			"(cable|cables|poste|transformador|linea)\\w* .{0,40}(chispas|chispeando|echando chispas|en llamas|quemando|con corriente)",
			"(atrapad|atorad|encerrad)[oa]s? (en|bajo|dentro|adentro|por)",
			"(el agua|la inundacion|el rio) .{0,30}(subiendo|sube|nos llega|le llega).{0,60}(atrapad|no (podemos|puede|puedo) salir|ayuda)",
			"(accidente|choque) .{0,40}(herid\\w+|sangr\\w+|inconsciente|atrapad\\w+)", "sangrando mucho",
			"(nino|nina|bebe|criatura) (encerrad[oa]|sol[oa]|dejad[oa]) en (un|el|una) (carro|coche|auto|troca)",
			"(esta|estan|se esta|se estan) (en llamas|incendiando)", "(hay|salen|se ven|las|unas) llamas",
			"fire en (la|el|mi|una|un|su)",
			"(se cayo|cayo|se hundio|se esta hundiendo) (a|en) (la alberca|la piscina|el rio|el lago|el canal|el mar|el agua)",
			"no sale del agua",
			"(se le torcio la boca|boca torcida|no puede mover (el|la|un|su) (brazo|pierna|lado)|derrame cerebral|embolia)");

	private static final PhraseList ABOUT_THE_NUMBERS = new PhraseList(
			"(when|should|can|what|how|which|difference).{0,40}(911|988|call the police|call police|emergency number)");

	private static final PhraseList SPANISH_ABOUT_THE_NUMBERS = new PhraseList(
			"(cuando|debo|puedo|cual|como|diferencia|para que).{0,40}(911|988|la policia|numero de emergencia)");

	private SafetyRules() {
	}

	static Optional<String> check(String message) {
		// Lower case once, so that the patterns need not compare each letter both ways.
		String text = message.toLowerCase(Locale.ROOT);
		String folded = withoutAccents(text);
		if (ABOUT_THE_NUMBERS.foundIn(text) || SPANISH_ABOUT_THE_NUMBERS.foundIn(folded)) {
			return Optional.empty();
		}
		if (CRISIS.foundIn(text) || SPANISH_CRISIS.foundIn(folded)) {
			return Optional.of(Intent.CRISIS);
		}
		if (EMERGENCY.foundIn(text) || SPANISH_EMERGENCY.foundIn(folded)) {
			return Optional.of(Intent.EMERGENCY);
		}
		return Optional.empty();
	}

	static String withoutAccents(String text) {
		if (text.chars().allMatch((c) -> c < 0x80)) {
			return text;
		}
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

}
