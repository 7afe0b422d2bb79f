package io.github.sponsorsdk.sms.testkit.server;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.testkit.audit.RawJson;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies;
import io.github.sponsorsdk.sms.testkit.server.internal.Body;
import io.github.sponsorsdk.sms.testkit.server.internal.Endpoint;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the server's OpenAPI 3.1 document from its route table ({@code Endpoint}: method, path, summary, the
 * {@code Body} it reads and the one it answers). The JSON schemas of the bodies are generated from their Java types by
 * victools {@code jsonschema-generator} with its Jackson module, in JSON Schema 2020-12 (OpenAPI 3.1's own schema
 * dialect), so that the schemas describe what the server's {@code ObjectMapper} writes and reads:
 * <ul>
 *   <li>an Immutables value ({@code @JsonSerialize(as = ImmutableX.class)}) is described by its implementation, whose
 *       accessors carry {@code @JsonProperty(required = true)} for every mandatory attribute: its JSON properties,
 *       required unless {@code Optional}, a collection or a default;</li>
 *   <li>{@code Optional} is absent or {@code null}; a request record's component is required when the handler
 *       requires it ({@code Bodies.Required});</li>
 *   <li>a type written as one value ({@code @JsonValue}: identifiers, money, partial dates) is that value's schema;
 *       enums list their constants; {@code java.time} types are strings with their {@code format};</li>
 *   <li>a sealed hierarchy with {@code @JsonTypeInfo}/{@code @JsonSubTypes} is a {@code oneOf} of its subtypes with a
 *       {@code discriminator}, each subtype requiring its type property as a {@code const};</li>
 *   <li>no object takes properties it does not declare ({@code additionalProperties: false}), as the server refuses
 *       unknown fields.</li>
 * </ul>
 */
final class OpenApiGenerator {
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  static final String REF = "#/components/schemas/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");
  /** Sponsor-side routes that take no session: the log-in itself and the password reset. */
  private static final Set<String> WITHOUT_SESSION = Set.of("POST /api/session", "POST /api/password-resets");
  private static final Map<Endpoint.Side, String> TAGS = Map.of(Endpoint.Side.SPONSOR, "sponsor",
      Endpoint.Side.HOME_OFFICE, "home-office", Endpoint.Side.CONTROL, "control", Endpoint.Side.DASHBOARD,
      "dashboard");

  private final ObjectMapper mapper = SmsServer.mapper();
  private final String version;

  OpenApiGenerator(String version) {
    this.version = version;
  }

  /** The whole document for {@code routes}. */
  ObjectNode document(List<Endpoint> routes) {
    SchemaBuilder schemas = generator().buildMultipleSchemaDefinitions();
    ObjectNode doc = NODES.objectNode();
    doc.put("openapi", "3.1.0");
    doc.put("jsonSchemaDialect", DIALECT);
    ObjectNode info = doc.putObject("info");
    info.put("title", "sponsor-sdk in-memory SMS server");
    info.put("version", version);
    info.put("description", "The in-memory SMS of sms-testkit over HTTP (issue 15, decision 0640). JSON bodies and "
        + "answers are the SDK values' Jackson form; components/schemas holds the JSON schema (2020-12) of each, "
        + "generated from the Java types. Every error is application/problem+json; a refusal by the SMS has type "
        + "urn:sponsorsdk:problem:refused and carries the Decision with its qualified reason codes. Sponsor-side "
        + "calls take the session token of POST /api/session as 'Authorization: Bearer <token>'.");
    doc.putArray("servers").addObject().put("url", "http://127.0.0.1:8089");
    ArrayNode tags = doc.putArray("tags");
    tags.addObject().put("name", "sponsor").put("description", "The SMS as a sponsor's users see it (the port)");
    tags.addObject().put("name", "home-office").put("description", "The Home Office's side: grants, casework");
    tags.addObject().put("name", "control").put("description", "Inspection and control of the fake");
    tags.addObject().put("name", "dashboard").put("description", "A page for a person, not an API");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint route : routes) {
      ObjectNode path = paths.has(route.template()) ? (ObjectNode) paths.get(route.template())
          : paths.putObject(route.template());
      path.set(route.method().toLowerCase(Locale.ROOT), operation(route, schemas));
    }
    ObjectNode components = doc.putObject("components");
    components.putObject("securitySchemes").putObject("session").put("type", "http").put("scheme", "bearer");
    ObjectNode all = schemas.collectDefinitions("components/schemas");
    all.set("Problem", problem(schemas));
    ObjectNode sorted = components.putObject("schemas");
    all.properties().stream().map(Map.Entry::getKey).sorted().forEach(k -> sorted.set(k, all.get(k)));
    return doc;
  }

  private ObjectNode operation(Endpoint route, SchemaBuilder schemas) {
    ObjectNode op = NODES.objectNode();
    op.put("summary", route.summary());
    op.putArray("tags").add(TAGS.get(route.side()));
    op.put("operationId", route.method().toLowerCase(Locale.ROOT) + "_"
        + route.template().replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", ""));
    String key = route.method() + " " + route.template();
    if (route.side() == Endpoint.Side.SPONSOR && !WITHOUT_SESSION.contains(key)) {
      op.putArray("security").addObject().putArray("session");
    }
    Matcher m = PARAM.matcher(route.template());
    ArrayNode parameters = null;
    while (m.find()) {
      if (parameters == null) {
        parameters = op.putArray("parameters");
      }
      ObjectNode p = parameters.addObject();
      p.put("name", m.group(1)).put("in", "path").put("required", true);
      p.putObject("schema").put("type", "string");
    }
    Body request = route.request();
    if (request.type().isPresent()) {
      ObjectNode body = op.putObject("requestBody");
      body.put("required", request.required());
      body.putObject("content").putObject(request.mediaType()).set("schema", schema(request, schemas));
    }
    ObjectNode responses = op.putObject("responses");
    Body answer = route.answer();
    ObjectNode ok = responses.putObject(String.valueOf(answer.status()));
    ok.put("description", answer.status() == 204 ? "Done; no body" : answer.status() == 201 ? "Created"
        : "Done" + (isResult(answer) ? ": the allowed SmsResult (decision and value)" : ""));
    answer.type().ifPresent(t -> ok.putObject("content").putObject(answer.mediaType())
        .set("schema", schema(answer, schemas)));
    ObjectNode problem = responses.putObject("default");
    problem.put("description", route.side() == Endpoint.Side.DASHBOARD ? "A problem: 405 wrong method"
        : "A problem: 400 bad input, 401 no or expired session, 403 not permitted, 404 not found, 405 wrong method, "
        + "409 misuse, 413 body too large, 422 refused by the SMS, 503 injected outage");
    problem.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref",
        REF + "Problem");
    return op;
  }

  private static boolean isResult(Body body) {
    return body.type().map(Type::getTypeName).orElse("").startsWith(
        io.github.sponsorsdk.sms.core.port.SmsResult.class.getName());
  }

  private static ObjectNode schema(Body body, SchemaBuilder schemas) {
    if (!body.isJson()) {
      return NODES.objectNode().put("type", "string");
    }
    return schemas.createSchemaReference(body.type().orElseThrow());
  }

  /** The problem document of every error (Router, HttpProblem): its fixed members, and those of each kind. */
  private static ObjectNode problem(SchemaBuilder schemas) {
    ObjectNode p = NODES.objectNode();
    p.put("type", "object");
    p.put("description", "RFC 9457 problem details; a refusal by the SMS (type urn:sponsorsdk:problem:refused) "
        + "carries the qualified reason codes and the whole Decision");
    p.putArray("required").add("type").add("title").add("status").add("detail").add("instance");
    ObjectNode props = p.putObject("properties");
    props.putObject("type").put("type", "string").put("description", "urn:sponsorsdk:problem:<kind>, e.g. refused, "
        + "malformed-json, unknown-field, wrong-type, missing-field, invalid-value, no-such-route, "
        + "method-not-allowed, body-too-large, conflict, unavailable");
    props.putObject("title").put("type", "string");
    props.putObject("status").put("type", "integer");
    props.putObject("detail").put("type", "string");
    props.putObject("instance").put("type", "string").put("description", "The request's path");
    props.putObject("codes").put("type", "array").put("description", "The qualified reason codes of a refusal")
        .putObject("items").put("type", "string");
    props.set("decision", schemas.createSchemaReference(Decision.class));
    props.putObject("field").put("type", "string").put("description", "unknown-field, missing-field: the field");
    props.putObject("known").put("type", "array").put("description", "unknown-field: the known fields")
        .putObject("items").put("type", "string");
    props.putObject("pointer").put("type", "string").put("description", "wrong-type: where, as a JSON pointer");
    props.putObject("valueType").put("type", "string").put("description", "invalid-value: the value's type");
    ObjectNode violation = props.putObject("violations").put("type", "array")
        .put("description", "invalid-value: every violation").putObject("items");
    violation.put("type", "object");
    ObjectNode vp = violation.putObject("properties");
    vp.putObject("field").put("type", "string");
    vp.putObject("rejected");
    vp.putObject("rule").put("type", "string");
    vp.putObject("message").put("type", "string");
    props.putObject("limitBytes").put("type", "integer").put("description", "body-too-large: the server's limit");
    p.put("additionalProperties", false);
    return p;
  }

  // ---------------------------------------------------------------- the schema generator's configuration

  private SchemaGenerator generator() {
    JacksonModule jackson = new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
        JacksonOption.RESPECT_JSONPROPERTY_ORDER, JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
        JacksonOption.INCLUDE_ONLY_JSONPROPERTY_ANNOTATED_METHODS, JacksonOption.SKIP_SUBTYPE_LOOKUP,
        JacksonOption.IGNORE_TYPE_INFO_TRANSFORM);
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(jackson)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS, Option.INLINE_NULLABLE_SCHEMAS,
            Option.STANDARD_FORMATS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.FLATTENED_OPTIONALS,
            Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forTypesInGeneral()
        .withCustomDefinitionProvider(new JacksonShapes())
        .withDefinitionNamingStrategy(new Names());
    // An Immutables implementation is described by its accessors (the @JsonProperty methods), not its fields,
    // which hold an Optional's value bare.
    config.forFields()
        .withIgnoreCheck(field -> abstractOf(field.getDeclaringType().getErasedType()).isPresent())
        .withNullableCheck(OpenApiGenerator::isOptional)
        .withRequiredCheck(field -> field.getAnnotationConsideringFieldAndGetter(Bodies.Required.class) != null);
    config.forMethods()
        .withNullableCheck(OpenApiGenerator::isOptional)
        .withPropertyNameOverrideResolver(method -> {
          JsonProperty named = method.getAnnotation(JsonProperty.class);
          return named != null && !named.value().isEmpty() ? named.value() : method.getDeclaredName();
        });
    return new SchemaGenerator(config.build());
  }

  private static boolean isOptional(MemberScope<?, ?> member) {
    return Optional.class.isAssignableFrom(member.getDeclaredType().getErasedType());
  }

  /**
   * Definition names: the value's own (abstract) name, type arguments joined ({@code SmsResult_SmsUser}); two types of
   * one simple name (sms-core's and sms-rules' {@code DefinedCosApplication}) are told apart by their package's last
   * segment ({@code port_DefinedCosApplication}).
   */
  private static final class Names implements SchemaDefinitionNamingStrategy {
    @Override
    public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
      return name(key.getType());
    }

    @Override
    public void adjustDuplicateNames(Map<DefinitionKey, String> names, SchemaGenerationContext context) {
      names.replaceAll((key, name) -> {
        String pkg = key.getType().getErasedType().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1) + "_" + name;
      });
    }
  }

  private static String name(ResolvedType type) {
    Class<?> erased = type.getErasedType();
    StringBuilder b = new StringBuilder(abstractOf(erased).map(Class::getSimpleName).orElse(erased.getSimpleName()));
    for (ResolvedType argument : type.getTypeParameters()) {
      b.append('_').append(name(argument));
    }
    return b.toString();
  }

  /** The abstract value an Immutables implementation implements ({@code ImmutableSmsUser} → {@code SmsUser}). */
  static Optional<Class<?>> abstractOf(Class<?> type) {
    if (!type.getSimpleName().startsWith("Immutable")) {
      return Optional.empty();
    }
    List<Class<?>> supers = new ArrayList<>(Arrays.asList(type.getInterfaces()));
    if (type.getSuperclass() != null) {
      supers.add(type.getSuperclass());
    }
    return supers.stream().filter(s -> {
      JsonSerialize js = s.getAnnotation(JsonSerialize.class);
      return js != null && js.as() == type;
    }).findFirst();
  }

  /** The type Jackson writes for {@code type}: its {@code @JsonSerialize(as = ...)} implementation, else itself. */
  private static Class<?> written(Class<?> type) {
    JsonSerialize js = type.getAnnotation(JsonSerialize.class);
    return js != null && js.as() != Void.class ? js.as() : type;
  }

  /**
   * The shapes Jackson gives a type beyond its properties: a single {@code @JsonValue}, an Immutables
   * implementation, a polymorphic hierarchy and its subtypes. Everything else is victools' standard definition.
   */
  private final class JacksonShapes implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
      Class<?> erased = type.getErasedType();
      if (erased == Optional.class) {
        // Optional<X> outside a property (SmsResult<Optional<X>>): Jdk8Module writes X, or null when empty.
        ObjectNode nullable = NODES.objectNode();
        nullable.putArray("anyOf").add(NODES.objectNode().put("type", "null"))
            .add(context.createDefinitionReference(type.getTypeParameters().get(0)));
        return new CustomDefinition(nullable, CustomDefinition.INLINE_DEFINITION,
            CustomDefinition.EXCLUDING_ATTRIBUTES);
      }
      if (erased == byte[].class) {
        // Jackson writes bytes as one Base64 string (an evidence document's content).
        return new CustomDefinition(NODES.objectNode().put("type", "string").put("contentEncoding", "base64"),
            CustomDefinition.INLINE_DEFINITION, CustomDefinition.EXCLUDING_ATTRIBUTES);
      }
      if (erased.isEnum() || erased.isPrimitive() || erased.getName().startsWith("java.")) {
        if (erased == Duration.class) {
          // The mapper leaves WRITE_DURATIONS_AS_TIMESTAMPS on: written as seconds; read from that or ISO-8601.
          ObjectNode d = NODES.objectNode();
          d.putArray("type").add("number").add("string");
          d.put("description", "Written as seconds (a decimal number); read from seconds or ISO-8601 (PT20M)");
          return new CustomDefinition(d, CustomDefinition.INLINE_DEFINITION, CustomDefinition.EXCLUDING_ATTRIBUTES);
        }
        return null;
      }
      if (erased == RawJson.class) {
        // The audit trail's before and after: the stored record of whatever changed, as the fake held it.
        return new CustomDefinition(NODES.objectNode().put("description", "Any JSON: a stored record (licence, "
            + "user, certificate ...) as the fake held it"), CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.EXCLUDING_ATTRIBUTES);
      }
      JavaType javaType = mapper.constructType(erased);
      BeanDescription description = mapper.getSerializationConfig().introspect(javaType);
      AnnotatedMember single = description.findJsonValueAccessor();
      if (single != null) {
        ObjectNode value = context.createDefinition(context.getTypeContext().resolve(single.getRawType()));
        return new CustomDefinition(value, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
      }
      JsonSubTypes subtypes = erased.getDeclaredAnnotation(JsonSubTypes.class);
      Optional<JsonTypeInfo> info = typeInfo(erased);
      if (subtypes != null && info.isPresent()) {
        ObjectNode poly = NODES.objectNode();
        ArrayNode oneOf = poly.putArray("oneOf");
        ObjectNode discriminator = poly.putObject("discriminator");
        discriminator.put("propertyName", info.get().property());
        ObjectNode mapping = discriminator.putObject("mapping");
        for (JsonSubTypes.Type sub : subtypes.value()) {
          ObjectNode ref = context.createDefinitionReference(context.getTypeContext().resolve(sub.value()));
          oneOf.add(ref);
          mapping.put(typeName(sub), REF + name(context.getTypeContext().resolve(sub.value())));
        }
        // Without the type's own attributes: "additionalProperties": false beside oneOf would refuse every property.
        return new CustomDefinition(poly, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.EXCLUDING_ATTRIBUTES);
      }
      if (erased.isSealed() && subtypes == null && info.isEmpty()) {
        // A sealed hierarchy without type information (CertificateNumber: a CoS or a CAS number): any of its kinds.
        ObjectNode any = NODES.objectNode();
        ArrayNode anyOf = any.putArray("anyOf");
        for (Class<?> permitted : erased.getPermittedSubclasses()) {
          anyOf.add(context.createDefinitionReference(context.getTypeContext().resolve(permitted)));
        }
        return new CustomDefinition(any, CustomDefinition.INLINE_DEFINITION, CustomDefinition.EXCLUDING_ATTRIBUTES);
      }
      Class<?> impl = written(erased);
      Optional<Map.Entry<JsonTypeInfo, String>> member = memberOf(erased);
      if (impl == erased && member.isEmpty()) {
        return null;
      }
      ResolvedType target = impl == erased ? type
          : context.getTypeContext().resolve(impl, type.getTypeParameters().toArray(new Type[0]));
      ObjectNode definition = context.createStandardDefinition(target, this);
      member.ifPresent(m -> {
        ObjectNode properties = definition.has("properties") ? (ObjectNode) definition.get("properties")
            : definition.putObject("properties");
        LinkedHashMap<String, com.fasterxml.jackson.databind.JsonNode> ordered = new LinkedHashMap<>();
        ordered.put(m.getKey().property(), NODES.objectNode().put("const", m.getValue()));
        properties.properties().forEach(e -> ordered.put(e.getKey(), e.getValue()));
        properties.removeAll();
        ordered.forEach(properties::set);
        ArrayNode required = definition.has("required") ? (ArrayNode) definition.get("required")
            : definition.putArray("required");
        required.insert(0, m.getKey().property());
      });
      return new CustomDefinition(definition);
    }

    /** The {@code @JsonTypeInfo} of {@code type} or of the nearest supertype that has one. */
    private Optional<JsonTypeInfo> typeInfo(Class<?> type) {
      if (type == null) {
        return Optional.empty();
      }
      JsonTypeInfo own = type.getDeclaredAnnotation(JsonTypeInfo.class);
      if (own != null) {
        return Optional.of(own);
      }
      List<Class<?>> supers = new ArrayList<>(Arrays.asList(type.getInterfaces()));
      supers.add(type.getSuperclass());
      return supers.stream().map(this::typeInfo).flatMap(Optional::stream).findFirst();
    }

    /** When {@code type} (or its abstract value) is a listed subtype of a polymorphic type: its type info and name. */
    private Optional<Map.Entry<JsonTypeInfo, String>> memberOf(Class<?> type) {
      Class<?> value = abstractOf(type).orElse(type);
      List<Class<?>> queue = new ArrayList<>();
      queue.add(type);
      queue.add(value);
      for (int i = 0; i < queue.size(); i++) {
        Class<?> c = queue.get(i);
        if (c == null) {
          continue;
        }
        JsonSubTypes subtypes = c.getDeclaredAnnotation(JsonSubTypes.class);
        if (subtypes != null && c != type) {
          for (JsonSubTypes.Type sub : subtypes.value()) {
            if (sub.value() == type || sub.value() == value) {
              Optional<JsonTypeInfo> info = typeInfo(c);
              if (info.isPresent()) {
                return Optional.of(Map.entry(info.get(), typeName(sub)));
              }
            }
          }
        }
        queue.addAll(Arrays.asList(c.getInterfaces()));
        queue.add(c.getSuperclass());
      }
      return Optional.empty();
    }

    private String typeName(JsonSubTypes.Type sub) {
      if (!sub.name().isEmpty()) {
        return sub.name();
      }
      JsonTypeName named = sub.value().getAnnotation(JsonTypeName.class);
      return named != null ? named.value() : sub.value().getSimpleName();
    }
  }
}
