package org.mentorhub.tools;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorhub.matching.MatchingInputException;
import org.mentorhub.matching.assignment.Assignment;
import org.mentorhub.matching.assignment.AssignmentInstance;
import org.mentorhub.matching.assignment.AssignmentSolver;
import org.mentorhub.matching.assignment.Objective;

/**
 * {@code bin/solve-matching FILE}: solves a scored assignment instance given as JSON and prints the optimal
 * assignment as JSON. Scores are read as exact decimals and scaled to integers by 10^d, d being the most decimal
 * places used (at most {@value #MAX_DECIMALS}; longer scores are rounded half-even to that many), so the optimum is
 * exact for the scores as written. Exit status 2 and one line on stderr for a malformed or invalid instance.
 */
public final class SolveMatching {

    static final int MAX_DECIMALS = 9;
    private static final int INVALID_INPUT = 2;

    private SolveMatching() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: solve-matching FILE");
            return INVALID_INPUT;
        }
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        try {
            JsonNode root = mapper.readTree(Files.readString(Path.of(args[0])));
            out.println(mapper.writeValueAsString(solve(root, mapper)));
            return 0;
        } catch (JsonProcessingException malformed) {
            err.println("solve-matching: malformed JSON: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            err.println("solve-matching: cannot read " + args[0] + ": " + unreadable);
        } catch (MatchingInputException | InvalidInstance invalid) {
            err.println("solve-matching: invalid instance: " + invalid.getMessage());
        }
        return INVALID_INPUT;
    }

    private static ObjectNode solve(JsonNode root, ObjectMapper mapper) {
        require(root != null && root.isObject(), "the top level must be an object");
        List<String> mentees = ids(root, "mentees");
        List<String> mentors = ids(root, "mentors");
        Map<String, Integer> menteeIndex = index(mentees, "mentee");
        Map<String, Integer> mentorIndex = index(mentors, "mentor");
        int[] capacity = new int[mentors.size()];
        for (int j = 0; j < capacity.length; j++) {
            JsonNode value = root.get("mentors").get(j).get("capacity");
            require(value != null && value.canConvertToInt() && value.isIntegralNumber(),
                    "mentor " + mentors.get(j) + " needs an integer capacity");
            require(value.intValue() >= 0, "mentor " + mentors.get(j) + " has negative capacity " + value.intValue());
            capacity[j] = value.intValue();
        }

        JsonNode candidates = array(root, "candidates");
        List<BigDecimal> scores = new ArrayList<>();
        int decimals = 0;
        for (JsonNode candidate : candidates) {
            JsonNode score = candidate.get("score");
            require(score != null && score.isNumber(), "every candidate needs a numeric score");
            BigDecimal value = score.decimalValue();
            require(value.signum() > 0, "score " + value.toPlainString() + " is not positive");
            decimals = Math.max(decimals, Math.min(MAX_DECIMALS, Math.max(0, value.stripTrailingZeros().scale())));
            scores.add(value);
        }
        AssignmentInstance.Builder builder = AssignmentInstance.builder(mentees.size(), capacity);
        List<int[]> pairs = new ArrayList<>();
        BigDecimal limit = BigDecimal.valueOf(Long.MAX_VALUE / 4 / (mentees.size() + 1L));
        for (int k = 0; k < scores.size(); k++) {
            JsonNode candidate = candidates.get(k);
            int mentee = lookup(menteeIndex, candidate, "mentee");
            int mentor = lookup(mentorIndex, candidate, "mentor");
            BigDecimal scaled = scores.get(k).movePointRight(decimals).setScale(0, RoundingMode.HALF_EVEN);
            require(scaled.compareTo(limit) <= 0, "score " + scores.get(k).toPlainString() + " is too large");
            builder.addCandidate(mentee, mentor, scaled.longValueExact());
            pairs.add(new int[] {mentee, mentor, k});
        }
        AssignmentInstance instance = builder.build();
        Assignment assignment = new AssignmentSolver().solve(instance, Objective.MAXIMIZE_SCORE);

        Map<Long, Integer> candidateOfPair = new HashMap<>();
        pairs.forEach(pair -> candidateOfPair.put((long) pair[0] * mentors.size() + pair[1], pair[2]));
        ObjectNode result = mapper.createObjectNode();
        ArrayNode chosen = mapper.createArrayNode();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < mentees.size(); i++) {
            int mentor = assignment.mentorOf(i);
            if (mentor != Assignment.UNMATCHED) {
                BigDecimal score = scores.get(candidateOfPair.get((long) i * mentors.size() + mentor));
                total = total.add(score);
                chosen.addObject().put("mentee", mentees.get(i)).put("mentor", mentors.get(mentor)).put("score", score);
            }
        }
        result.put("totalScore", total);
        result.set("pairs", chosen);
        return result;
    }

    private static List<String> ids(JsonNode root, String field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : array(root, field)) {
            JsonNode id = entry.get("id");
            require(entry.isObject() && id != null && id.isTextual() && !id.asText().isEmpty(),
                    "every entry of \"" + field + "\" needs a non-empty string id");
            ids.add(id.asText());
        }
        return ids;
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode value = root.get(field);
        require(value != null && value.isArray(), "\"" + field + "\" must be an array");
        return value;
    }

    private static Map<String, Integer> index(List<String> ids, String role) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            require(index.putIfAbsent(ids.get(k), k) == null, "duplicate " + role + " id " + ids.get(k));
        }
        return index;
    }

    private static int lookup(Map<String, Integer> index, JsonNode candidate, String role) {
        JsonNode id = candidate.get(role);
        require(id != null && id.isTextual(), "every candidate needs a string \"" + role + "\"");
        Integer found = index.get(id.asText());
        require(found != null, "candidate names unknown " + role + " " + id.asText());
        return found;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidInstance(problem);
        }
    }

    /** A structurally invalid instance; reported as one line, never as a stack trace. */
    private static final class InvalidInstance extends RuntimeException {
        InvalidInstance(String message) {
            super(message);
        }
    }
}
