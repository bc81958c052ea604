package org.broadsheet.content.demo;

import java.util.List;
import java.util.Random;

/**
 * Plausible newsroom text for load tests: headlines, standfirsts and paragraphs drawn from a
 * fixed vocabulary with a skewed word frequency, so that some terms are common and some rare,
 * as in real archives. Not prose anyone should read.
 */
final class FakeNewsroomText {

    private static final List<String> SUBJECTS = List.of(
            "Council",
            "Ministers",
            "Farmers",
            "Teachers",
            "Nurses",
            "Residents",
            "Renters",
            "Miners",
            "Students",
            "Fishermen",
            "Judges",
            "Engineers",
            "Traders",
            "Volunteers",
            "Drivers",
            "Pensioners",
            "Doctors",
            "Unions",
            "Villagers",
            "Campaigners");
    private static final List<String> VERBS = List.of(
            "question",
            "reject",
            "welcome",
            "challenge",
            "rebuild",
            "defend",
            "count",
            "delay",
            "protest",
            "fund",
            "measure",
            "share",
            "repair",
            "close",
            "open");
    private static final List<String> OBJECTS = List.of(
            "the water plan",
            "new housing rules",
            "the mine expansion",
            "school budgets",
            "hospital waiting lists",
            "the bus network",
            "rent controls",
            "the river dam",
            "flood defences",
            "the census",
            "land titles",
            "fuel prices",
            "the night clinic",
            "local elections",
            "the harvest",
            "grid repairs",
            "the glacier survey",
            "market licences",
            "pension reform",
            "the new bridge");
    private static final List<String> PLACES = List.of(
            "in La Paz",
            "in El Alto",
            "in Caracas",
            "in Manchester",
            "in Salford",
            "in Beirut",
            "in Gaza City",
            "in Khartoum",
            "in São Paulo",
            "on the altiplano",
            "along the coast",
            "in the valley",
            "across the region",
            "in the capital",
            "near the border");
    private static final List<String> WORDS = List.of(
            "water",
            "housing",
            "rent",
            "families",
            "budget",
            "council",
            "school",
            "clinic",
            "election",
            "river",
            "glacier",
            "drought",
            "harvest",
            "market",
            "workers",
            "union",
            "court",
            "ruling",
            "protest",
            "report",
            "survey",
            "figures",
            "prices",
            "wages",
            "pension",
            "energy",
            "generator",
            "solar",
            "grid",
            "fuel",
            "road",
            "bridge",
            "bus",
            "cable",
            "station",
            "teachers",
            "nurses",
            "doctors",
            "hospital",
            "patients",
            "children",
            "students",
            "volunteers",
            "kitchen",
            "aid",
            "border",
            "migration",
            "return",
            "remittances",
            "currency",
            "savings",
            "banks",
            "debt",
            "loan",
            "mine",
            "lithium",
            "salt",
            "quinoa",
            "farmers",
            "land",
            "forest",
            "fire",
            "insurance",
            "heat",
            "flood",
            "storm",
            "reservoir",
            "pipeline",
            "tariff",
            "licence",
            "permit",
            "census",
            "ballot",
            "mayor",
            "minister",
            "assembly",
            "committee",
            "neighbourhood",
            "district",
            "village",
            "city",
            "province",
            "region",
            "coast",
            "valley",
            "mountain",
            "history",
            "future",
            "promise",
            "plan",
            "delay",
            "cost",
            "evidence",
            "interview",
            "record",
            "archive",
            "accountability",
            "transparency",
            "corruption",
            "reconstruction",
            "displacement",
            "cooperative");
    private static final List<String> JOINERS =
            List.of("and", "but", "while", "because", "after", "before", "although", "as", "since", "so");

    private final Random random;

    FakeNewsroomText(long seed) {
        this.random = new Random(seed);
    }

    String headline() {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(PLACES);
    }

    String standfirst() {
        return capitalised(sentence(14)) + " " + capitalised(sentence(10));
    }

    String paragraph() {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(capitalised(sentence(10 + random.nextInt(12)))).append(' ');
        }
        return text.toString().strip();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(i % 7 == 0 ? " " + pick(JOINERS) + " " : " ");
            }
            text.append(skewed(WORDS));
        }
        return text.append('.').toString();
    }

    /** Low indices far more often than high ones: a few words are everywhere, most are rare. */
    private String skewed(List<String> words) {
        double u = random.nextDouble();
        return words.get((int) (words.size() * u * u * u));
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
