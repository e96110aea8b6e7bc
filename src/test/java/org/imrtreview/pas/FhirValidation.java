package org.imrtreview.pas;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.xml.sax.SAXParseException;
import org.xml.sax.ErrorHandler;

/**
 * Test-only FHIR R4 validation of what the workstation writes, built from what HAPI FHIR serves
 * from Maven Central (its full validator, {@code hapi-fhir-validation}, is not served here):
 * <ol>
 * <li>HAPI's R4 JSON parser, every parser complaint a finding (unknown element, wrong JSON type,
 *     invalid primitive value, repeating a single element);</li>
 * <li>the resource re-encoded as XML and checked against the R4 XML schemas (value formats of
 *     every primitive: id, dateTime, positiveInt, base64Binary..., and element order);</li>
 * <li>a walk of the StructureDefinition snapshot of each resource and data type — the R4 base
 *     definitions HAPI ships, and the profiles (meta.profile, slices' type profiles, extension
 *     definitions) of any FHIR package found in {@code -Dimrt.fhir.packages=DIR[,DIR]} or
 *     {@code src/test/resources/fhir-packages/}: cardinalities, choice types, fixed and pattern
 *     values, slices (by extension url, by resource type, by fixed/pattern value), required
 *     bindings whose value set can be expanded from what is loaded, and every error-severity
 *     invariant (FHIRPath) with HAPI's R4 FHIRPath engine.</li>
 * </ol>
 * Whatever the walk cannot decide is listed in {@link #notChecked()} (never silently passed); the
 * tests compare it with the documented {@code ACCEPTED_NOT_CHECKED}.
 */
final class FhirValidation {

    /** One problem: where (a FHIRPath-like location) and what. */
    record Finding(String location, String message) {
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    /** The system property naming FHIR package folders (each with package/*.json, or the JSON files themselves). */
    static final String PACKAGES = "imrt.fhir.packages";

    private static FhirValidation instance;

    private final FhirContext ctx = FhirContext.forR4Cached();
    private final DefaultProfileValidationSupport base = new DefaultProfileValidationSupport(ctx);
    private final Map<String, StructureDefinition> packageProfiles = new HashMap<>();
    private final Map<String, ValueSet> packageValueSets = new HashMap<>();
    private final Map<String, CodeSystem> packageCodeSystems = new HashMap<>();
    private final List<String> packagesLoaded = new ArrayList<>();
    private final FHIRPathEngine fhirPath;
    private final Map<String, ExpressionNode> expressions = new HashMap<>();
    private final Schema schema;
    private final Set<String> notChecked = new TreeSet<>();

    private FhirValidation() {
        HapiWorkerContext worker = new HapiWorkerContext(ctx, base);
        fhirPath = new FHIRPathEngine(worker);
        schema = loadSchema();
        for (Path dir : packageFolders()) {
            loadPackage(dir);
        }
    }

    static synchronized FhirValidation get() {
        if (instance == null) {
            instance = new FhirValidation();
        }
        return instance;
    }

    /**
     * Lets the validator go: it holds the R4 base structures, the packages and the compiled schema (hundreds
     * of MB) that the rest of the test run, in the same JVM, needs more (CI ran out of heap in the next class).
     */
    static synchronized void release() {
        instance = null;
    }

    /** Names of the FHIR packages whose profiles are checked too (empty: the R4 base only). */
    List<String> packages() {
        return List.copyOf(packagesLoaded);
    }

    boolean hasProfile(String url) {
        return packageProfiles.containsKey(url);
    }

    /** What the walk met and could not decide, over every validation so far ("kind: what"). */
    synchronized Set<String> notChecked() {
        return Set.copyOf(notChecked);
    }

    synchronized List<Finding> validate(String json) {
        List<Finding> findings = new ArrayList<>();
        IParser parser = ctx.newJsonParser();
        parser.setParserErrorHandler(new Collecting(findings));
        Resource resource;
        try {
            resource = (Resource) parser.parseResource(json);
        } catch (DataFormatException e) {
            findings.add(new Finding("(parse)", e.getMessage()));
            return findings;
        }
        schema(resource, findings);
        checkedTargets.clear();
        validateResource(resource, resource, resource.fhirType(), List.of(), findings);
        return List.copyOf(new LinkedHashSet<>(findings));
    }

    // ---- 1. parser ----

    private static final class Collecting extends ErrorHandlerAdapter {
        private final List<Finding> findings;

        Collecting(List<Finding> findings) {
            this.findings = findings;
        }

        private static String at(IParserErrorHandler.IParseLocation loc) {
            return loc == null || loc.getParentElementName() == null ? "(parse)" : "(parse) in " + loc.getParentElementName();
        }

        @Override
        public void unknownElement(IParserErrorHandler.IParseLocation loc, String name) {
            findings.add(new Finding(at(loc), "unknown element '" + name + "'"));
        }

        @Override
        public void unknownAttribute(IParserErrorHandler.IParseLocation loc, String name) {
            findings.add(new Finding(at(loc), "unknown attribute '" + name + "'"));
        }

        @Override
        public void invalidValue(IParserErrorHandler.IParseLocation loc, String value, String error) {
            findings.add(new Finding(at(loc), "invalid value '" + value + "': " + error));
        }

        @Override
        public void incorrectJsonType(IParserErrorHandler.IParseLocation loc, String name,
                                      BaseJsonLikeValue.ValueType expected, BaseJsonLikeValue.ScalarType expectedScalar,
                                      BaseJsonLikeValue.ValueType found, BaseJsonLikeValue.ScalarType foundScalar) {
            findings.add(new Finding(at(loc), "'" + name + "' should be a JSON " + expected
                    + (expectedScalar == null ? "" : " " + expectedScalar) + ", found " + found
                    + (foundScalar == null ? "" : " " + foundScalar)));
        }

        @Override
        public void unexpectedRepeatingElement(IParserErrorHandler.IParseLocation loc, String name) {
            findings.add(new Finding(at(loc), "'" + name + "' repeats but may occur once"));
        }

        @Override
        public void missingRequiredElement(IParserErrorHandler.IParseLocation loc, String name) {
            findings.add(new Finding(at(loc), "required element '" + name + "' missing"));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParserErrorHandler.IParseLocation loc) {
            findings.add(new Finding(at(loc), "an extension has both a value and nested extensions"));
        }
    }

    // ---- 2. XML schema ----

    private Schema loadSchema() {
        String root = "/org/hl7/fhir/r4/model/schema/";
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            InputStream in = FhirValidation.class.getResourceAsStream(root + name);
            return in == null ? null : new XsdInput(publicId, systemId, in);
        });
        try (InputStream in = FhirValidation.class.getResourceAsStream(root + "fhir-single.xsd")) {
            return factory.newSchema(new StreamSource(in, "classpath:" + root + "fhir-single.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException("the R4 XML schemas could not be loaded: " + e.getMessage(), e);
        }
    }

    private void schema(Resource resource, List<Finding> findings) {
        String xml = ctx.newXmlParser().encodeResourceToString(resource);
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) { }

            @Override
            public void error(SAXParseException e) {
                findings.add(new Finding("(xml schema) line " + e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            findings.add(new Finding("(xml schema)", e.getMessage()));
        }
    }

    // ---- 3. StructureDefinition walk ----

    private StructureDefinition structure(String canonical) {
        String url = canonical.replaceAll("\\|.*", "");
        StructureDefinition sd = packageProfiles.get(url);
        if (sd == null) {
            sd = (StructureDefinition) base.fetchStructureDefinition(url);
        }
        return sd;
    }

    private StructureDefinition baseType(String type) {
        return structure(type.contains(":") ? type : "http://hl7.org/fhir/StructureDefinition/" + type);
    }

    /** A resource that must conform to one of several profiles (a slice's type with more than one). */
    private void oneOf(Resource r, Resource root, String loc, List<String> profiles, List<Finding> findings) {
        if (profiles.size() <= 1) {
            validateResource(r, root, loc, profiles, findings);
            return;
        }
        List<Finding> best = null;
        for (String p : profiles) {
            List<Finding> these = new ArrayList<>();
            validateResource(r, root, loc, List.of(p), these);
            if (best == null || these.size() < best.size()) {
                best = these;
            }
        }
        findings.addAll(best);
    }

    /** Validates one resource against its base definition and the profiles it claims or a slice gives it. */
    private void validateResource(Resource r, Resource root, String loc, List<String> extraProfiles, List<Finding> findings) {
        Set<String> profiles = new LinkedHashSet<>();
        profiles.add("http://hl7.org/fhir/StructureDefinition/" + r.fhirType());
        r.getMeta().getProfile().forEach(p -> profiles.add(p.getValue()));
        profiles.addAll(extraProfiles);
        for (String url : profiles) {
            StructureDefinition sd = structure(url);
            if (sd == null) {
                if (!packagesLoaded.isEmpty()) {
                    findings.add(new Finding(loc, "profile " + url + " is not in the loaded packages " + packagesLoaded));
                } else {
                    notChecked.add("profile: " + url);
                }
                continue;
            }
            if (!sd.getType().equals(r.fhirType())) {
                findings.add(new Finding(loc, "profile " + url + " is for " + sd.getType() + ", not " + r.fhirType()));
                continue;
            }
            walk(sd, sd.getSnapshot().getElementFirstRep(), r, loc, r, root, findings);
        }
    }

    private void walk(StructureDefinition sd, ElementDefinition ed, Base value, String loc, Resource resource,
                      Resource root, List<Finding> findings) {
        constraints(sd, ed, value, loc, resource, root, findings);
        fixedAndPattern(ed, value, loc, findings);
        binding(ed, value, loc, findings);
        if (value.isPrimitive()) {
            // the value's format is the schema's; its extensions are walked as an Element's
            for (Base ext : values(value, "extension")) {
                walkType("Extension", null, ext, loc + ".extension", resource, root, findings);
            }
            return;
        }
        List<ElementDefinition> children = children(sd, ed);
        if (children.isEmpty() && ed.hasContentReference()) {
            String target = ed.getContentReference().substring(1);
            ElementDefinition ref = sd.getSnapshot().getElement().stream().filter(e -> e.getPath().equals(target)
                    && !e.hasSliceName()).findFirst().orElse(null);
            if (ref != null) {
                walkChildren(sd, ref, children(sd, ref), value, loc, resource, root, findings);
            }
            return;
        }
        if (children.isEmpty() && !(value instanceof Resource) && !ed.equals(sd.getSnapshot().getElementFirstRep())) {
            // a data type the profile does not open up: its own definition (or the type profile) applies
            String profile = ed.getType().stream().filter(t -> t.getCode().equals(value.fhirType()))
                    .flatMap(t -> t.getProfile().stream()).map(p -> p.getValue()).findFirst().orElse(null);
            walkType(value.fhirType(), profile, value, loc, resource, root, findings);
            return;
        }
        walkChildren(sd, ed, children, value, loc, resource, root, findings);
    }

    private void walkType(String type, String profile, Base value, String loc, Resource resource, Resource root,
                          List<Finding> findings) {
        StructureDefinition typeSd = profile == null ? null : structure(profile);
        if (profile != null && typeSd == null) {
            if (packagesLoaded.isEmpty()) {
                notChecked.add("profile: " + profile);
            } else {
                findings.add(new Finding(loc, "type profile " + profile + " is not in the loaded packages"));
            }
        }
        if (typeSd == null) {
            typeSd = baseType(type);
        }
        if (typeSd == null) {
            notChecked.add("type: " + type);
            return;
        }
        walk(typeSd, typeSd.getSnapshot().getElementFirstRep(), value, loc, resource, root, findings);
    }

    private void walkChildren(StructureDefinition sd, ElementDefinition ed, List<ElementDefinition> children, Base value,
                              String loc, Resource resource, Resource root, List<Finding> findings) {
        for (int i = 0; i < children.size(); i++) {
            ElementDefinition child = children.get(i);
            if (child.hasSliceName()) {
                continue; // handled with the element it slices
            }
            List<ElementDefinition> slices = new ArrayList<>();
            for (int j = i + 1; j < children.size() && children.get(j).getPath().equals(child.getPath()); j++) {
                if (children.get(j).hasSliceName()) {
                    slices.add(children.get(j));
                }
            }
            String name = tail(child.getPath());
            List<Base> found = values(value, name);
            String at = loc + "." + name.replace("[x]", "");
            cardinality(child, found.size(), at, findings);
            if (name.endsWith("[x]") && child.getType().size() > 0) {
                for (Base v : found) {
                    if (child.getType().stream().noneMatch(t -> t.getCode().equals(v.fhirType()))) {
                        findings.add(new Finding(at, "type " + v.fhirType() + " is not allowed here ("
                                + child.getType().stream().map(ElementDefinition.TypeRefComponent::getCode).toList() + ")"));
                    }
                }
            }
            Map<Base, ElementDefinition> sliceOf = new HashMap<>();
            for (ElementDefinition slice : slices) {
                int count = 0;
                for (Base v : found) {
                    if (!sliceOf.containsKey(v) && inSlice(sd, child, slice, v)) {
                        sliceOf.put(v, slice);
                        count++;
                    }
                }
                cardinality(slice, count, at + ":" + slice.getSliceName(), findings);
            }
            if (child.hasSlicing() && child.getSlicing().getRules() == ElementDefinition.SlicingRules.CLOSED) {
                for (Base v : found) {
                    if (!sliceOf.containsKey(v)) {
                        findings.add(new Finding(at, "closed slicing: an element matches no slice"));
                    }
                }
            }
            for (int k = 0; k < found.size(); k++) {
                Base v = found.get(k);
                String vat = at + (found.size() > 1 || child.getMax().equals("*") ? "[" + k + "]" : "");
                ElementDefinition def = sliceOf.getOrDefault(v, child);
                if (v instanceof Resource r) {
                    List<String> extra = new ArrayList<>();
                    def.getType().stream().filter(t -> t.getCode().equals(r.fhirType()))
                            .flatMap(t -> t.getProfile().stream()).forEach(p -> extra.add(p.getValue()));
                    oneOf(r, root, vat + "(" + r.fhirType() + ")", extra, findings);
                    continue;
                }
                if (v instanceof org.hl7.fhir.r4.model.Reference ref) {
                    target(def, ref, vat, root, findings);
                }
                walk(sd, def, v, vat, resource, root, findings);
                if (def != child) {
                    // a slice: the element it slices applies too (its constraints)
                    constraints(sd, child, v, vat, resource, root, findings);
                }
            }
        }
    }

    /**
     * A reference's target: resolved in the bundle by fullUrl (or Type/id), its type must be one the
     * element allows, and it is validated against the allowed profile of its type when that is loaded.
     */
    private void target(ElementDefinition def, org.hl7.fhir.r4.model.Reference ref, String loc, Resource root,
                        List<Finding> findings) {
        List<String> targets = new ArrayList<>();
        def.getType().stream().filter(t -> t.getCode().equals("Reference"))
                .flatMap(t -> t.getTargetProfile().stream()).forEach(t -> targets.add(t.getValue().replaceAll("\\|.*", "")));
        if (targets.isEmpty() || !ref.hasReference()) {
            return;
        }
        Resource found = null;
        if (root instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                Resource r = e.getResource();
                if (r != null && (ref.getReference().equals(e.getFullUrl())
                        || ref.getReference().equals(r.fhirType() + "/" + r.getIdElement().getIdPart()))) {
                    found = r;
                }
            }
        }
        if (found == null) {
            notChecked.add("reference target outside the bundle: " + def.getPath());
            return;
        }
        String type = found.fhirType();
        String profile = null;
        boolean allowed = false;
        for (String t : targets) {
            StructureDefinition tsd = structure(t);
            String tt = tsd != null ? tsd.getType() : tail(t.replace('/', '.'));
            if (tt.equals(type) || tt.equals("Resource")) {
                allowed = true;
                if (profile == null && tsd != null && tsd.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT) {
                    profile = t;
                }
            }
        }
        if (!allowed) {
            findings.add(new Finding(loc, "refers to a " + type + "; allowed: " + targets));
            return;
        }
        if (profile != null && checkedTargets.add(System.identityHashCode(found) + "|" + profile)) {
            validateResource(found, root, loc + "->" + type, List.of(profile), findings);
        }
    }

    private final Set<String> checkedTargets = new HashSet<>();

    /** Whether {@code v} belongs to {@code slice} by the slicing's discriminators. */
    private boolean inSlice(StructureDefinition sd, ElementDefinition sliced, ElementDefinition slice, Base v) {
        if (!sliced.hasSlicing() || sliced.getSlicing().getDiscriminator().isEmpty()) {
            notChecked.add("slicing without discriminator: " + sliced.getPath());
            return false;
        }
        for (ElementDefinition.ElementDefinitionSlicingDiscriminatorComponent d : sliced.getSlicing().getDiscriminator()) {
            String type = d.getType().toCode();
            String path = d.getPath();
            if (type.equals("value") && path.equals("url")) {
                String url = sliceUrl(sd, slice);
                if (url == null || !url.equals(first(v, "url"))) {
                    return false;
                }
            } else if (type.equals("type") && (path.equals("$this") || path.equals("resource"))) {
                Base target = path.equals("$this") ? v : values(v, "resource").stream().findFirst().orElse(null);
                ElementDefinition typed = path.equals("$this") ? slice : element(sd, slice, path);
                if (target == null || typed == null || typed.getType().stream().noneMatch(t -> t.getCode().equals(target.fhirType()))) {
                    return false;
                }
            } else if ((type.equals("value") || type.equals("pattern")) && !path.contains("(")) {
                ElementDefinition at = path.equals("$this") ? slice : element(sd, slice, path);
                org.hl7.fhir.r4.model.Type expected = at == null ? null : at.hasFixed() ? at.getFixed() : at.getPattern();
                if (expected == null || expected.isEmpty()) {
                    notChecked.add("slice discriminator without a value: " + slice.getPath() + ":" + slice.getSliceName());
                    return false;
                }
                List<Base> actual = path.equals("$this") ? List.of(v) : fhirPath.evaluate(v, path);
                if (actual.stream().noneMatch(a -> matches(a, expected))) {
                    return false;
                }
            } else {
                notChecked.add("slice discriminator " + type + ":" + path + " at " + sliced.getPath());
                return false;
            }
        }
        return true;
    }

    private String sliceUrl(StructureDefinition sd, ElementDefinition slice) {
        ElementDefinition url = element(sd, slice, "url");
        if (url != null && url.hasFixed()) {
            return url.getFixed().primitiveValue();
        }
        return slice.getType().stream().flatMap(t -> t.getProfile().stream()).map(p -> p.getValue().replaceAll("\\|.*", ""))
                .findFirst().orElse(null);
    }

    /** The element {@code path} below {@code slice} within the slice's own subtree of the snapshot. */
    private static ElementDefinition element(StructureDefinition sd, ElementDefinition slice, String path) {
        List<ElementDefinition> all = sd.getSnapshot().getElement();
        int start = all.indexOf(slice);
        String want = slice.getPath() + "." + path;
        for (int i = start + 1; i < all.size(); i++) {
            ElementDefinition e = all.get(i);
            if (!e.getPath().startsWith(slice.getPath() + ".")) {
                break;
            }
            if (e.getPath().equals(want) && !e.hasSliceName()) {
                return e;
            }
        }
        return null;
    }

    private List<ElementDefinition> children(StructureDefinition sd, ElementDefinition parent) {
        List<ElementDefinition> all = sd.getSnapshot().getElement();
        int start = all.indexOf(parent);
        List<ElementDefinition> out = new ArrayList<>();
        String prefix = parent.getPath() + ".";
        for (int i = start + 1; i < all.size(); i++) {
            ElementDefinition e = all.get(i);
            if (!e.getPath().startsWith(prefix)) {
                if (e.getPath().equals(parent.getPath()) && e.hasSliceName()) {
                    break; // the next slice of the parent begins
                }
                break;
            }
            if (e.getPath().indexOf('.', prefix.length()) < 0) {
                out.add(e);
            }
        }
        return out;
    }

    private void cardinality(ElementDefinition e, int count, String loc, List<Finding> findings) {
        if (count < e.getMin()) {
            findings.add(new Finding(loc, "minimum cardinality " + e.getMin() + ", found " + count));
        }
        if (!e.getMax().equals("*") && count > Integer.parseInt(e.getMax())) {
            findings.add(new Finding(loc, "maximum cardinality " + e.getMax() + ", found " + count));
        }
    }

    private void fixedAndPattern(ElementDefinition ed, Base value, String loc, List<Finding> findings) {
        if (ed.hasFixed() && !ed.getFixed().isEmpty() && !sameValue(value, ed.getFixed())) {
            findings.add(new Finding(loc, "must be fixed value " + show(ed.getFixed())));
        }
        if (ed.hasPattern() && !ed.getPattern().isEmpty() && !matches(value, ed.getPattern())) {
            findings.add(new Finding(loc, "must match pattern " + show(ed.getPattern())));
        }
    }

    private static boolean sameValue(Base value, Base fixed) {
        if (fixed.isPrimitive()) {
            return value.isPrimitive() && fixed.primitiveValue().equals(value.primitiveValue());
        }
        return value.equalsDeep(fixed);
    }

    /** FHIR pattern matching: every value the pattern has is present in the instance. */
    private static boolean matches(Base value, Base pattern) {
        if (pattern.isPrimitive()) {
            return value.isPrimitive() && pattern.primitiveValue().equals(value.primitiveValue());
        }
        for (Property p : pattern.children()) {
            for (Base want : p.getValues()) {
                if (want == null || want.isEmpty()) {
                    continue;
                }
                if (values(value, p.getName()).stream().noneMatch(have -> matches(have, want))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String show(Base b) {
        if (b.isPrimitive()) {
            return b.primitiveValue();
        }
        FhirContext c = FhirContext.forR4Cached();
        if (b instanceof org.hl7.fhir.r4.model.Type t) {
            return t.fhirType() + " " + t.toString();
        }
        return c.toString();
    }

    private void binding(ElementDefinition ed, Base value, String loc, List<Finding> findings) {
        if (!ed.hasBinding() || ed.getBinding().getStrength() != Enumerations.BindingStrength.REQUIRED
                || !ed.getBinding().hasValueSet()) {
            return;
        }
        List<Coding> codings = new ArrayList<>();
        String type = value.fhirType();
        if (value.isPrimitive() && (type.equals("code") || type.equals("string") || type.equals("uri"))) {
            codings.add(new Coding(null, value.primitiveValue(), null));
        } else if (type.equals("Coding")) {
            codings.add((Coding) value);
        } else if (type.equals("CodeableConcept")) {
            codings.addAll(((org.hl7.fhir.r4.model.CodeableConcept) value).getCoding());
        } else if (type.equals("Quantity") || type.equals("Identifier") || type.equals("Reference")) {
            notChecked.add("binding on " + type + ": " + ed.getPath());
            return;
        } else {
            return;
        }
        if (codings.isEmpty()) {
            return;
        }
        String vsUrl = ed.getBinding().getValueSet().replaceAll("\\|.*", "");
        Set<String> allowed = expand(vsUrl);
        if (allowed == null) {
            notChecked.add("required binding not expandable: " + vsUrl + " (" + ed.getPath() + ")");
            return;
        }
        boolean any = false;
        for (Coding c : codings) {
            String key = (c.hasSystem() ? c.getSystem() : "") + "|" + c.getCode();
            if (allowed.contains(key) || (!c.hasSystem() && allowed.stream().anyMatch(a -> a.endsWith("|" + c.getCode())))) {
                any = true;
            }
        }
        if (!any) {
            findings.add(new Finding(loc, "code " + codings.stream().map(c -> (c.hasSystem() ? c.getSystem() + "#" : "") + c.getCode()).toList()
                    + " is not in the required value set " + vsUrl));
        }
    }

    private final Map<String, Set<String>> expansions = new HashMap<>();

    /** system|code of an extensional value set, or null when it cannot be expanded from what is loaded. */
    private Set<String> expand(String url) {
        if (expansions.containsKey(url)) {
            return expansions.get(url);
        }
        ValueSet vs = packageValueSets.get(url);
        if (vs == null) {
            vs = (ValueSet) base.fetchValueSet(url);
        }
        Set<String> out = vs == null ? null : new HashSet<>();
        if (vs != null) {
            for (ValueSet.ConceptSetComponent inc : vs.getCompose().getInclude()) {
                if (inc.hasFilter() || !vs.getCompose().getExclude().isEmpty()) {
                    out = null;
                    break;
                }
                for (org.hl7.fhir.r4.model.CanonicalType other : inc.getValueSet()) {
                    Set<String> sub = expand(other.getValue());
                    if (sub == null) {
                        out = null;
                        break;
                    }
                    out.addAll(sub);
                }
                if (out == null) {
                    break;
                }
                if (!inc.hasSystem()) {
                    continue;
                }
                if (!inc.getConcept().isEmpty()) {
                    for (ValueSet.ConceptReferenceComponent c : inc.getConcept()) {
                        out.add(inc.getSystem() + "|" + c.getCode());
                    }
                    continue;
                }
                CodeSystem cs = packageCodeSystems.get(inc.getSystem());
                if (cs == null) {
                    cs = (CodeSystem) base.fetchCodeSystem(inc.getSystem());
                }
                if (cs == null || cs.getContent() != CodeSystem.CodeSystemContentMode.COMPLETE) {
                    out = null;
                    break;
                }
                addAll(inc.getSystem(), cs.getConcept(), out);
            }
        }
        expansions.put(url, out);
        return out;
    }

    private static void addAll(String system, List<CodeSystem.ConceptDefinitionComponent> concepts, Set<String> out) {
        for (CodeSystem.ConceptDefinitionComponent c : concepts) {
            out.add(system + "|" + c.getCode());
            addAll(system, c.getConcept(), out);
        }
    }

    private void constraints(StructureDefinition sd, ElementDefinition ed, Base value, String loc, Resource resource,
                             Resource root, List<Finding> findings) {
        for (ElementDefinition.ElementDefinitionConstraintComponent c : ed.getConstraint()) {
            if (c.getSeverity() != ElementDefinition.ConstraintSeverity.ERROR || !c.hasExpression()) {
                continue;
            }
            ExpressionNode node;
            boolean ok;
            try {
                node = expressions.computeIfAbsent(c.getExpression(), fhirPath::parse);
                ok = fhirPath.evaluateToBoolean(resource, root, value, node);
            } catch (RuntimeException e) {
                notChecked.add("invariant " + c.getKey() + " (" + sd.getName() + "): " + e.getClass().getSimpleName());
                continue;
            }
            if (!ok) {
                findings.add(new Finding(loc, "invariant " + c.getKey() + " (" + sd.getName() + ") fails: " + c.getHuman()));
            }
        }
    }

    // ---- helpers ----

    private static String tail(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    static List<Base> values(Base b, String name) {
        Property p;
        try {
            p = b.getNamedProperty(name);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (p == null || !p.hasValues()) {
            return List.of();
        }
        List<Base> out = new ArrayList<>();
        for (Base v : p.getValues()) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private static String first(Base b, String name) {
        List<Base> v = values(b, name);
        return v.isEmpty() ? null : v.get(0).primitiveValue();
    }

    // ---- packages ----

    private static List<Path> packageFolders() {
        List<Path> out = new ArrayList<>();
        String prop = System.getProperty(PACKAGES);
        if (prop != null && !prop.isBlank()) {
            for (String p : prop.split(",")) {
                out.add(Path.of(p.strip()));
            }
        }
        Path local = Path.of("src/test/resources/fhir-packages");
        if (Files.isDirectory(local)) {
            try (Stream<Path> s = Files.list(local)) {
                s.filter(Files::isDirectory).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private void loadPackage(Path dir) {
        Path folder = Files.isDirectory(dir.resolve("package")) ? dir.resolve("package") : dir;
        IParser parser = ctx.newJsonParser();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!(name.startsWith("StructureDefinition-") || name.startsWith("ValueSet-") || name.startsWith("CodeSystem-"))) {
                    continue;
                }
                Resource r = (Resource) parser.parseResource(Files.readString(f));
                if (r instanceof StructureDefinition sd) {
                    packageProfiles.put(sd.getUrl(), sd);
                } else if (r instanceof ValueSet vs) {
                    packageValueSets.put(vs.getUrl(), vs);
                } else if (r instanceof CodeSystem cs) {
                    packageCodeSystems.put(cs.getUrl(), cs);
                }
            }
            Path manifest = folder.resolve("package.json");
            packagesLoaded.add(Files.isRegularFile(manifest)
                    ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile()).path("name").asText()
                    + "#" + new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile()).path("version").asText()
                    : folder.toString());
        } catch (IOException e) {
            throw new IllegalStateException("FHIR package " + dir + " could not be read: " + e.getMessage(), e);
        }
    }

    private static final class XsdInput implements org.w3c.dom.ls.LSInput {
        private final String publicId;
        private final String systemId;
        private final InputStream in;

        XsdInput(String publicId, String systemId, InputStream in) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.in = in;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return in; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }

    static Bundle parseBundle(String json) {
        return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
    }
}
