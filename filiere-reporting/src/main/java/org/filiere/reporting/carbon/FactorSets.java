package org.filiere.reporting.carbon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.filiere.FiliereException;
import org.filiere.carbon.ErasureEnergy;
import org.filiere.carbon.Factor;
import org.filiere.carbon.FactorSet;
import org.filiere.carbon.PartFactor;
import org.filiere.carbon.PartKind;
import org.filiere.carbon.TransportFactor;
import org.filiere.device.DeviceCategory;
import org.filiere.reporting.json.BeanValidation;
import org.filiere.reporting.json.DocumentException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.topology.TransportMode;
import org.filiere.validation.Violation;

/**
 * The factor sets shipped with filiere, and a loader for an application's own sets. Each set is one JSON file
 * (resources {@code org/filiere/reporting/carbon/<id>.json}); see {@code docs/impact.md} for the format.
 *
 * <p>A malformed file is refused with a {@link DocumentException} naming the file, and for each problem its
 * JSON path and line; all problems are reported at once.
 *
 * <p>Thread-safe: shipped sets are parsed once, on first use, into immutable values.
 *
 * <pre>{@code
 * FactorSet set = FactorSets.defaultSet();                       // ademe-impactco2-2024
 * FactorSet pcf = FactorSets.byId("boavizta-pcf-median-2023");
 * FactorSet own = FactorSets.load(Path.of("my-factors.json"));
 * }</pre>
 */
public final class FactorSets {
    /** Id of the default set (ADEME/Arcep values as published by Impact CO2). */
    public static final String DEFAULT_ID = "ademe-impactco2-2024";

    /** Ids of the shipped sets, default first. */
    public static final List<String> SHIPPED_IDS = List.of(DEFAULT_ID, "ademe-base-empreinte",
            "boavizta-pcf-median-2023", "ademe-2018-biens-equipement");

    private static final String RESOURCE_DIR = "/org/filiere/reporting/carbon/";

    private FactorSets() {
    }

    /** The default set, {@value #DEFAULT_ID}. */
    public static FactorSet defaultSet() {
        return byId(DEFAULT_ID);
    }

    /** A shipped set by id; throws {@link FiliereException} listing the known ids when there is none. */
    public static FactorSet byId(String id) {
        return find(id).orElseThrow(() -> new FiliereException(
                "unknown factor set '" + id + "' (known: " + String.join(", ", SHIPPED_IDS) + ")")
                .with("knownIds", SHIPPED_IDS));
    }

    /** A shipped set by id, empty when there is none. */
    public static Optional<FactorSet> find(String id) {
        return Optional.ofNullable(id == null ? null : Shipped.SETS.get(id));
    }

    /** Every shipped set, default first. */
    public static List<FactorSet> shipped() {
        return List.copyOf(Shipped.SETS.values());
    }

    /** Loads an application's set from a file; throws {@link DocumentException} when it is malformed. */
    public static FactorSet load(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw DocumentException.fileNotFound(name, e);
        } catch (IOException e) {
            throw DocumentException.unreadable(name, e);
        }
        return parse(text, name);
    }

    /** Parses a set from JSON text; {@code sourceName} names it in errors. */
    public static FactorSet parse(String json, String sourceName) {
        FactorSetFile doc = JsonDocuments.read(json, sourceName, FactorSetFile.class);
        List<Violation> problems = new ArrayList<>(BeanValidation.validate(doc));
        if (problems.isEmpty()) {
            problems.addAll(crossChecks(doc));
        }
        if (!problems.isEmpty()) {
            Map<String, Long> lines = lines(json);
            String detail = problems.stream()
                    .map(v -> v.path() + " " + v.message() + lineSuffix(lines, v.path()))
                    .collect(Collectors.joining("; "));
            Violation first = problems.get(0);
            throw new DocumentException("invalid factor set: " + detail, sourceName,
                    lineOf(lines, first.path()), -1, first.path(), null);
        }
        try {
            return toFactorSet(doc);
        } catch (FiliereException e) {
            // Bean Validation mirrors the record checks; this only fires if the two drift apart.
            throw new DocumentException("invalid factor set: " + e.getMessage(), sourceName, -1, -1, null, e);
        }
    }

    private static List<Violation> crossChecks(FactorSetFile doc) {
        List<Violation> out = new ArrayList<>();
        Map<DeviceCategory, Integer> seen = new EnumMap<>(DeviceCategory.class);
        for (int i = 0; i < doc.devices().size(); i++) {
            Integer prev = seen.put(doc.devices().get(i).category(), i);
            if (prev != null) {
                out.add(new Violation("devices[" + i + "].category", "DUPLICATE",
                        "repeats the category of devices[" + prev + "]"));
            }
        }
        Map<PartKind, Integer> parts = new EnumMap<>(PartKind.class);
        for (int i = 0; i < doc.parts().size(); i++) {
            if (parts.put(doc.parts().get(i).kind(), i) != null) {
                out.add(new Violation("parts[" + i + "].kind", "DUPLICATE", "repeats a part kind"));
            }
        }
        for (PartKind k : PartKind.values()) {
            if (!parts.containsKey(k)) {
                out.add(new Violation("parts", "MISSING_PART", "has no factor for part " + k));
            }
        }
        Map<TransportMode, Integer> modes = new EnumMap<>(TransportMode.class);
        for (int i = 0; i < doc.transport().size(); i++) {
            if (modes.put(doc.transport().get(i).mode(), i) != null) {
                out.add(new Violation("transport[" + i + "].mode", "DUPLICATE", "repeats a transport mode"));
            }
        }
        for (TransportMode m : TransportMode.values()) {
            if (!modes.containsKey(m)) {
                out.add(new Violation("transport", "MISSING_MODE", "has no factor for mode " + m));
            }
        }
        for (int i = 0; i < doc.parts().size(); i++) {
            FactorSetFile.Part p = doc.parts().get(i);
            if (p.estimate() && (p.note() == null || p.note().isBlank())) {
                out.add(new Violation("parts[" + i + "].note", "ESTIMATE_WITHOUT_NOTE", "an estimate must say how it was obtained"));
            }
        }
        for (int i = 0; i < doc.transport().size(); i++) {
            FactorSetFile.Transport t = doc.transport().get(i);
            if (t.estimate() && (t.note() == null || t.note().isBlank())) {
                out.add(new Violation("transport[" + i + "].note", "ESTIMATE_WITHOUT_NOTE", "an estimate must say how it was obtained"));
            }
        }
        if (doc.erasure().estimate() && (doc.erasure().note() == null || doc.erasure().note().isBlank())) {
            out.add(new Violation("erasure.note", "ESTIMATE_WITHOUT_NOTE", "an estimate must say how it was obtained"));
        }
        return out;
    }

    private static FactorSet toFactorSet(FactorSetFile doc) {
        Map<DeviceCategory, Factor> factors = new EnumMap<>(DeviceCategory.class);
        for (FactorSetFile.Device d : doc.devices()) {
            factors.put(d.category(), new Factor(d.category(), d.embodiedKgCO2e(), d.massKg(), d.lifetimeYears(),
                    d.adpeKgSbEq() == null ? OptionalDouble.empty() : OptionalDouble.of(d.adpeKgSbEq()),
                    d.sourceUrl(), d.year(), d.uncertainty(), d.note()));
        }
        Map<PartKind, PartFactor> parts = new EnumMap<>(PartKind.class);
        for (FactorSetFile.Part p : doc.parts()) {
            parts.put(p.kind(), new PartFactor(p.kind(), p.kgCO2ePerUnit(), p.sourceUrl(), p.year(), p.uncertainty(),
                    p.estimate(), p.note()));
        }
        Map<TransportMode, TransportFactor> transport = new EnumMap<>(TransportMode.class);
        for (FactorSetFile.Transport t : doc.transport()) {
            transport.put(t.mode(), new TransportFactor(t.mode(), t.kgCO2ePerDeviceKm(), t.sourceUrl(), t.year(),
                    t.uncertainty(), t.estimate(), t.note()));
        }
        FactorSetFile.Erasure e = doc.erasure();
        ErasureEnergy erasure = new ErasureEnergy(e.defaultHours(), e.hostWatts(), e.gridKgCO2ePerKWh(), e.sourceUrl(),
                e.year(), e.uncertainty(), e.estimate(), e.note());
        return new FactorSet(doc.id(), doc.version(), doc.year(), doc.description(), doc.sources(), factors, parts,
                transport, doc.defaultTransportMode(), erasure);
    }

    /**
     * First line of every JSON pointer in the text ({@code /devices/1/sourceUrl}), so that a violation found
     * after binding can still name its line.
     */
    static Map<String, Long> lines(String json) {
        Map<String, Long> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation loc = p.currentTokenLocation();
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointer = p.getParsingContext().getParent() == null ? ""
                            : p.getParsingContext().getParent().pathAsPointer().toString();
                }
                out.putIfAbsent(pointer, (long) loc.getLineNr());
            }
        } catch (IOException e) {
            // Already parsed successfully once; a failure here only loses line numbers.
            return out;
        }
        return out;
    }

    private static long lineOf(Map<String, Long> lines, String path) {
        String pointer = toPointer(path);
        while (true) {
            Long line = lines.get(pointer);
            if (line != null) {
                return line;
            }
            int slash = pointer.lastIndexOf('/');
            if (slash < 0) {
                return -1;
            }
            pointer = pointer.substring(0, slash);
        }
    }

    private static String lineSuffix(Map<String, Long> lines, String path) {
        long line = lineOf(lines, path);
        return line > 0 ? " (line " + line + ")" : "";
    }

    private static String toPointer(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    /** Shipped sets, parsed once on first use (class-holder idiom). */
    private static final class Shipped {
        static final Map<String, FactorSet> SETS = loadAll();

        private static Map<String, FactorSet> loadAll() {
            Map<String, FactorSet> m = new LinkedHashMap<>();
            for (String id : SHIPPED_IDS) {
                String resource = RESOURCE_DIR + id + ".json";
                try (InputStream in = FactorSets.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new FiliereException("shipped factor set missing from the classpath").with("resource", resource);
                    }
                    FactorSet set = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
                    if (!set.id().equals(id)) {
                        throw new FiliereException("shipped factor set has another id").with("resource", resource)
                                .with("id", set.id());
                    }
                    m.put(id, set);
                } catch (IOException e) {
                    throw new FiliereException("cannot read shipped factor set", e).with("resource", resource);
                }
            }
            return Collections.unmodifiableMap(m);
        }
    }
}
