package org.filiere.reporting.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Jackson module that makes every public value of {@code filiere-core} (and of the other filiere modules)
 * readable and writable as JSON without putting Jackson annotations in the domain:
 *
 * <ul>
 *   <li>records round-trip through their canonical constructors, so their validation runs on input; only their
 *       components are written (a derived {@code isX()} accessor is not);</li>
 *   <li>every <em>sealed interface</em> of a package under {@code org.filiere} is written with a {@value #TYPE_PROPERTY}
 *       property naming the permitted subtype in upper snake case ({@code SanitizationResult.Failed} is
 *       {@code {"type": "FAILED", "reason": "..."}}, {@code LedgerEntry.WipeStarted} is {@code "WIPE_STARTED"});
 *       the subtypes come from {@link Class#getPermittedSubclasses()}, so new sealed types need no registration;</li>
 *   <li>enums are written by name; dates and instants as ISO-8601 strings (with the JSR-310 module, which
 *       {@link JsonDocuments#mapper()} registers alongside this one).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * ObjectMapper m = JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new FiliereJsonModule()).build();
 * }</pre>
 */
public final class FiliereJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The property that names the subtype of a sealed interface. */
    public static final String TYPE_PROPERTY = "type";

    public FiliereJsonModule() {
        super("FiliereJsonModule", Version.unknownVersion());
        // java.util.OptionalInt/OptionalDouble/OptionalLong as a number or null, without the jdk8 module.
        addSerializer(OptionalInt.class, new StdSerializer<>(OptionalInt.class) {
            @Override
            public void serialize(OptionalInt v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    g.writeNumber(v.getAsInt());
                } else {
                    g.writeNull();
                }
            }
        });
        addSerializer(OptionalLong.class, new StdSerializer<>(OptionalLong.class) {
            @Override
            public void serialize(OptionalLong v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    g.writeNumber(v.getAsLong());
                } else {
                    g.writeNull();
                }
            }
        });
        addSerializer(OptionalDouble.class, new StdSerializer<>(OptionalDouble.class) {
            @Override
            public void serialize(OptionalDouble v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    g.writeNumber(v.getAsDouble());
                } else {
                    g.writeNull();
                }
            }
        });
        addDeserializer(OptionalInt.class, new StdDeserializer<>(OptionalInt.class) {
            @Override
            public OptionalInt deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return OptionalInt.of(_parseIntPrimitive(p, c));
            }

            @Override
            public OptionalInt getNullValue(DeserializationContext c) {
                return OptionalInt.empty();
            }
        });
        addDeserializer(OptionalLong.class, new StdDeserializer<>(OptionalLong.class) {
            @Override
            public OptionalLong deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return OptionalLong.of(_parseLongPrimitive(p, c));
            }

            @Override
            public OptionalLong getNullValue(DeserializationContext c) {
                return OptionalLong.empty();
            }
        });
        addDeserializer(OptionalDouble.class, new StdDeserializer<>(OptionalDouble.class) {
            @Override
            public OptionalDouble deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return OptionalDouble.of(_parseDoublePrimitive(p, c));
            }

            @Override
            public OptionalDouble getNullValue(DeserializationContext c) {
                return OptionalDouble.empty();
            }
        });
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new SealedTypes());
        context.addBeanSerializerModifier(new RecordComponentsOnly());
    }

    /**
     * Writes a filiere record's components and nothing else: a derived accessor that happens to look like a
     * getter ({@code isIdentified()}) is not part of the value and would be refused when read back.
     */
    private static final class RecordComponentsOnly extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription desc,
                                                         List<BeanPropertyWriter> props) {
            Class<?> raw = desc.getBeanClass();
            if (!raw.isRecord() || !raw.getName().startsWith("org.filiere.")) {
                return props;
            }
            java.util.Set<String> components = new java.util.HashSet<>();
            for (java.lang.reflect.RecordComponent rc : raw.getRecordComponents()) {
                components.add(rc.getName());
            }
            List<BeanPropertyWriter> kept = new ArrayList<>();
            for (BeanPropertyWriter w : props) {
                if (components.contains(w.getName())) {
                    kept.add(w);
                }
            }
            return kept;
        }
    }

    /** The type id of a permitted subtype: its simple name in upper snake case. */
    public static String typeName(Class<?> subtype) {
        return subtype.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    static boolean isFiliereSealed(Class<?> c) {
        return c.isInterface() && c.isSealed() && c.getName().startsWith("org.filiere.");
    }

    /** The concrete (non-interface) subtypes of a sealed interface, depth first. */
    static List<Class<?>> concreteSubtypes(Class<?> sealed) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> p : sealed.getPermittedSubclasses()) {
            if (p.isInterface() && p.isSealed()) {
                out.addAll(concreteSubtypes(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Supplies type information for filiere's sealed interfaces, as if they carried @JsonTypeInfo. */
    private static final class SealedTypes extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac, JavaType baseType) {
            if (!isFiliereSealed(ac.getRawType())) {
                return null;
            }
            return new StdTypeResolverBuilder(JsonTypeInfo.Value.construct(JsonTypeInfo.Id.NAME,
                    JsonTypeInfo.As.PROPERTY, TYPE_PROPERTY, null, false, Boolean.TRUE));
        }

        @Override
        public List<NamedType> findSubtypes(Annotated a) {
            Class<?> raw = a.getRawType();
            if (!isFiliereSealed(raw)) {
                return null;
            }
            List<NamedType> types = new ArrayList<>();
            for (Class<?> sub : concreteSubtypes(raw)) {
                types.add(new NamedType(sub, typeName(sub)));
            }
            return types;
        }

        @Override
        public String findTypeName(AnnotatedClass ac) {
            Class<?> raw = ac.getRawType();
            for (Class<?> i : raw.getInterfaces()) {
                if (isFiliereSealed(i)) {
                    return typeName(raw);
                }
            }
            return null;
        }
    }
}
