package org.filiere.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.filiere.device.MediaType;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.junit.jupiter.api.Test;

/**
 * Walks every class of filiere-core and round-trips a sample of each public record (through its declared
 * type and, for sealed subtypes, through the sealed interface) and every constant of each public enum.
 * Records whose constraints a generic sample cannot satisfy get an explicit sample below; a new record
 * that needs one makes this test fail with its name.
 */
class CoreValuesRoundTripTest {
    private static final ObjectMapper M = JsonDocuments.mapper();
    private static final Instant T0 = Instant.parse("2026-06-02T07:00:00Z");
    private static final java.util.concurrent.atomic.AtomicLong CLOCK_TICKS = new java.util.concurrent.atomic.AtomicLong();

    /** Samples for records whose constraints a generic sample cannot meet. */
    static Map<Class<?>, Object> explicitSamples() {
        Map<Class<?>, Object> m = new LinkedHashMap<>();
        m.put(SanitizationRecord.class, new SanitizationRecord("S4EVNX0N123456", MediaType.ATA_SSD,
                Technique.ATA_SANITIZE_BLOCK_ERASE,
                TechniqueParameters.firmware("sanitize-block-erase", VerificationMode.SAMPLED),
                new ToolInfo("hdparm", "9.65"), T0, T0.plusSeconds(125), new SanitizationResult.Completed(),
                new Verification(VerificationMode.SAMPLED, true, 0, "1000 subsections, 10 %"),
                ErrorCounts.NONE, HiddenAreaStatus.ABSENT, 256060514304L, "Camille", "miraille",
                "a".repeat(64)));
        m.put(org.filiere.cession.Siret.class, new org.filiere.cession.Siret("44321759400011"));
        m.put(org.filiere.custody.CustodyEvent.Transferred.class, new org.filiere.custody.CustodyEvent.Transferred(
                T0, "alice", "cimelab", "miraille", 85.5, org.filiere.topology.TransportMode.VAN));
        m.put(org.filiere.custody.CustodyEvent.Reserved.class, new org.filiere.custody.CustodyEvent.Reserved(
                T0, "alice", "R-031", T0.plusSeconds(86400)));
        org.filiere.sanitization.SanitizationDecision decision = org.filiere.sanitization.Sanitization.decide(
                org.filiere.sanitization.DefaultSanitizationPolicy.STANDARD, org.filiere.cession.DonorKind.COMPANY,
                org.filiere.cession.Confidentiality.MODERATE,
                org.filiere.sanitization.DriveContext.of(MediaType.ATA_SSD)
                        .withCapabilities(Set.of(Technique.ATA_SANITIZE_BLOCK_ERASE)));
        m.put(org.filiere.sanitization.SanitizationDecision.class, decision);
        m.put(org.filiere.sanitization.Rejection.class, decision.rejected().get(0));
        org.filiere.allocation.SupportPlan plan = new org.filiere.allocation.SupportPlan("R-031", "D-0107",
                org.filiere.allocation.PrescriberKind.FRANCE_SERVICES, LocalDate.of(2026, 6, 2), 5, 14,
                List.of(new org.filiere.allocation.SupportSession("R-031", LocalDate.of(2026, 6, 9), "med-1")));
        m.put(org.filiere.allocation.SupportPlan.class, plan);
        m.put(org.filiere.allocation.SupportStatus.class, org.filiere.allocation.SupportFollowUp.statusOn(
                List.of(plan), LocalDate.of(2026, 7, 1)).get(0));
        // Deeper than the generic sampler goes (agreement > devices > media).
        m.put(org.filiere.ledger.LedgerEntry.AgreementRecorded.class, new org.filiere.ledger.LedgerEntry.AgreementRecorded(
                new org.filiere.cession.CessionAgreement("CONV-2026-014", new org.filiere.cession.Donor(
                        org.filiere.cession.DonorKind.PUBLIC_INSTITUTION, "Département des Hautes-Alpes",
                        new org.filiere.cession.Siret("22050001300010")),
                        new org.filiere.cession.Recipient("E&S", org.filiere.cession.RecipientCategory.GENERAL_INTEREST_ASSOCIATION),
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15), org.filiere.cession.Confidentiality.LOW,
                        new org.filiere.cession.PublicBodyDecision("DEC-2026-123", LocalDate.of(2026, 5, 20)),
                        List.of(org.filiere.device.Device.builder(org.filiere.device.DeviceCategory.LAPTOP)
                                .serialNumber("7XK2Q73").inventoryNumber("INV-0042")
                                .declaredValueEur(new java.math.BigDecimal("120"))
                                .media(List.of(org.filiere.device.StorageMedium.of(MediaType.ATA_SSD, "S4EVNX0N123456",
                                        256060514304L))).build())), T0));
        org.filiere.carbon.FactorSet set = org.filiere.reporting.carbon.FactorSets.defaultSet();
        m.put(org.filiere.carbon.FactorSet.class, set);
        m.put(org.filiere.carbon.Factor.class, set.factors().values().iterator().next());
        m.put(org.filiere.carbon.PartFactor.class, set.parts().values().iterator().next());
        m.put(org.filiere.carbon.TransportFactor.class, set.transport().values().iterator().next());
        m.put(org.filiere.carbon.ErasureEnergy.class, set.erasure());
        m.put(org.filiere.carbon.ImpactReport.class, org.filiere.carbon.ImpactCalculator.withDefaults(set).report(
                List.of(new org.filiere.carbon.DonatedDevice(org.filiere.device.DeviceCategory.LAPTOP,
                        org.filiere.carbon.Outcome.REUSED, 85, org.filiere.topology.TransportMode.VAN, List.of(),
                        null, "transalpine", "CONV-2026-007", "miraille", java.time.LocalDate.of(2026, 6, 2)))));
        try {
            org.filiere.reporting.document.NetworkDocument network = JsonDocuments.read(Path.of(
                    CoreValuesRoundTripTest.class.getResource("/org/filiere/reporting/document/network.json").toURI()),
                    org.filiere.reporting.document.NetworkDocument.class);
            org.filiere.topology.Sizing sizing = org.filiere.topology.CapacityPlanner.size(
                    network.toNetwork().validate(network.topologyPolicy()), 24, 6);
            m.put(org.filiere.topology.Sizing.class, sizing);
            m.put(org.filiere.topology.CapacityPlan.class, sizing.plan());
            m.put(org.filiere.topology.MonthPlan.class, sizing.plan().months().get(0));
            m.put(org.filiere.topology.SiteLoad.class, sizing.plan().months().get(0).sites().get(0));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    static List<Class<?>> coreClasses() throws IOException, URISyntaxException {
        Path root = Path.of(FiliereException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        if (Files.isDirectory(root)) {
            collect(root, root, out);
        } else {
            try (FileSystem fs = FileSystems.newFileSystem(root)) {
                collect(fs.getPath("/"), fs.getPath("/"), out);
            }
        }
        assertThat(out).as("core classes found under " + root).hasSizeGreaterThan(10);
        return out;
    }

    private static void collect(Path base, Path dir, List<Class<?>> out) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String rel = base.relativize(p).toString().replace('\\', '/');
                if (!rel.endsWith(".class") || rel.contains("module-info") || rel.startsWith("META-INF")) {
                    continue;
                }
                String name = rel.substring(0, rel.length() - 6).replace('/', '.');
                try {
                    out.add(Class.forName(name));
                } catch (ClassNotFoundException e) {
                    fail("cannot load " + name);
                }
            }
        }
    }

    private static boolean isPublicApi(Class<?> c) {
        if (!Modifier.isPublic(c.getModifiers()) || c.getName().contains(".internal.")) {
            return false;
        }
        for (Class<?> e = c.getEnclosingClass(); e != null; e = e.getEnclosingClass()) {
            if (!Modifier.isPublic(e.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyPublicRecordOfCoreRoundTrips() throws Exception {
        Map<Class<?>, Object> explicit = explicitSamples();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : coreClasses()) {
            if (!c.isRecord() || !isPublicApi(c)) {
                continue;
            }
            if (c.getTypeParameters().length > 0) {
                // A generic outcome (DeliveryOutcome.Delivered<S>) carries a value whose type only the caller
                // knows: it is an operation result, not a document value, and JSON cannot restore S.
                continue;
            }
            Object sample = explicit.containsKey(c) ? explicit.get(c) : tryGeneric(c, 0);
            if (sample == null) {
                missing.add(c.getName());
                continue;
            }
            assertRoundTrip(c, sample);
            for (Class<?> i : c.getInterfaces()) {
                if (i.isSealed()) {
                    assertRoundTrip(i, sample);
                }
            }
            checked++;
        }
        assertThat(missing).as("records that need an explicit sample in explicitSamples()").isEmpty();
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void everyConstantOfEveryPublicEnumRoundTripsByName() throws Exception {
        for (Class<?> c : coreClasses()) {
            if (!c.isEnum() || !isPublicApi(c)) {
                continue;
            }
            for (Object constant : c.getEnumConstants()) {
                String json = M.writeValueAsString(constant);
                assertThat(json).isEqualTo("\"" + ((Enum<?>) constant).name() + "\"");
                assertThat(M.readValue(json, c)).isEqualTo(constant);
            }
        }
    }

    @Test
    void sealedSubtypesDoNotDeclareAComponentNamedLikeTheTypeProperty() throws Exception {
        for (Class<?> c : coreClasses()) {
            if (c.isInterface() && c.isSealed()) {
                for (Class<?> sub : FiliereJsonModule.concreteSubtypes(c)) {
                    if (sub.isRecord()) {
                        assertThat(Stream.of(sub.getRecordComponents()).map(RecordComponent::getName))
                                .as(sub.getName()).doesNotContain(FiliereJsonModule.TYPE_PROPERTY);
                    }
                }
            }
        }
    }

    private static void assertRoundTrip(Class<?> declared, Object sample) throws IOException {
        String json = M.writerFor(declared).writeValueAsString(sample);
        Object back = M.readerFor(declared).readValue(json);
        assertThat(back).as(declared.getName() + " from " + json).isEqualTo(sample);
        if (declared.isInterface()) {
            assertThat(M.readTree(json).get(FiliereJsonModule.TYPE_PROPERTY).asText())
                    .isEqualTo(FiliereJsonModule.typeName(sample.getClass()));
        }
    }

    /** A generic sample of {@code type}, or null when the constructor's checks refuse it. */
    static Object tryGeneric(Class<?> type, int depth) {
        try {
            return generic(type, type, depth);
        } catch (FiliereException e) {
            return null;
        }
    }

    private static Object generic(Type generic, Class<?> type, int depth) {
        if (depth > 6) {
            throw new FiliereException("too deep");
        }
        if (type == String.class) {
            return "x1";
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == double.class || type == Double.class) {
            return 1.5;
        } else if (type == java.math.BigDecimal.class) {
            return new java.math.BigDecimal("120.50");
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == Instant.class) {
            // Later components get later times, so "until after from" style checks hold.
            return T0.plusSeconds(3600L * CLOCK_TICKS.incrementAndGet());
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 6, 15).plusDays(CLOCK_TICKS.incrementAndGet());
        } else if (type == Duration.class) {
            return Duration.ofMinutes(5);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == List.class || type == Set.class || type == Map.class) {
            Type[] args = ((ParameterizedType) generic).getActualTypeArguments();
            if (type == Map.class) {
                return Map.of(generic(args[0], raw(args[0]), depth + 1), generic(args[1], raw(args[1]), depth + 1));
            }
            Object element = generic(args[0], raw(args[0]), depth + 1);
            return type == List.class ? List.of(element) : Set.of(element);
        } else if (type.isRecord()) {
            Object explicit = explicitSamples().get(type);
            if (explicit != null) {
                return explicit;
            }
            RecordComponent[] rc = type.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            Object[] values = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                values[i] = generic(rc[i].getGenericType(), rc[i].getType(), depth + 1);
            }
            try {
                Constructor<?> ctor = type.getDeclaredConstructor(types);
                return ctor.newInstance(values);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof FiliereException fe) {
                    throw fe;
                }
                throw new FiliereException("cannot build " + type.getName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new FiliereException("cannot build " + type.getName(), e);
            }
        } else if (type.isInterface() && type.isSealed()) {
            for (Class<?> sub : FiliereJsonModule.concreteSubtypes(type)) {
                Object o = tryGeneric(sub, depth + 1);
                if (o != null) {
                    return o;
                }
            }
        }
        throw new FiliereException("no generic sample").with("type", type.getName());
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }
}
