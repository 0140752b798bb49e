package ai.stagesense.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * model-training/eval/package-alternatives.json: groups of packages doing the same job. Every member is one query
 * whose relevant answers are the other members of its groups. Groups are split in two by the hash of their id
 * (the dataset's split rule): rank weights are tuned on one half, so the other half measures them fairly.
 */
record AlternativeGroups(List<Group> groups) {

    record Group(String id, List<String> packages, boolean tuning) {
    }

    /** One query: a package and every package that shares a group with it. */
    record Query(String name, Set<String> relevant, boolean tuning) {
    }

    static AlternativeGroups read(Path file) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        List<Group> groups = new ArrayList<>();
        for (JsonElement g : root.getAsJsonArray("groups")) {
            JsonObject group = g.getAsJsonObject();
            List<String> packages = new ArrayList<>();
            group.getAsJsonArray("packages").forEach(p -> packages.add(p.getAsString()));
            String id = group.get("id").getAsString();
            groups.add(new Group(id, List.copyOf(packages), isTuning(id)));
        }
        return new AlternativeGroups(List.copyOf(groups));
    }

    /** Bucket = first 8 bytes of SHA-1 of the id, unsigned, mod 100; below 50 tunes (package_eval.py agrees). */
    static boolean isTuning(String groupId) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(groupId.getBytes(StandardCharsets.UTF_8));
            long bucket = Long.remainderUnsigned(java.nio.ByteBuffer.wrap(sha, 0, 8).getLong(), 100);
            return bucket < 50;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    /** Every distinct member as a query; a package in a tuning group is a tuning query. */
    List<Query> queries() {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        Map<String, Boolean> tuning = new LinkedHashMap<>();
        for (Group g : groups) {
            for (String p : g.packages()) {
                Set<String> others = relevant.computeIfAbsent(p, k -> new LinkedHashSet<>());
                for (String q : g.packages()) {
                    if (!q.equals(p)) {
                        others.add(q);
                    }
                }
                tuning.merge(p, g.tuning(), Boolean::logicalOr);
            }
        }
        List<Query> out = new ArrayList<>();
        relevant.forEach((p, r) -> out.add(new Query(p, Set.copyOf(r), tuning.get(p))));
        return out;
    }
}
