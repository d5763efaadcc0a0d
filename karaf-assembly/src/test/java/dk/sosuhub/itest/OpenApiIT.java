package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The OpenAPI document of the booted distribution (every module installed) is valid OpenAPI 3, as the standard
 * validator {@code @apidevtools/swagger-parser} sees it (run by Node from {@code tools/openapi-validator}, which
 * {@code .ci/run} installs with {@code npm ci}), and describes the parameters, answers and errors by type.
 * The test fails when the validator reports an error or cannot run.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OpenApiIT extends SosuHubTestSupport {

    @Before
    public void platformUp() {
        awaitPlatform();
    }

    @Test
    public void theDocumentPassesTheOpenApiValidator() throws Exception {
        String text = get(User.NOBODY, "/api/v1/openapi.json").expect(200).text();
        Path validator = validatorFolder();
        Path file = validator.getParent().getParent().resolve("karaf-assembly/target/openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertTrue("the validator is installed: run npm ci --prefix tools/openapi-validator (.ci/run does)",
                Files.isDirectory(validator.resolve("node_modules/@apidevtools/swagger-parser")));
        Path log = Files.createTempFile("openapi-validator", ".log");
        Process node;
        try {
            node = new ProcessBuilder("node", "validate.mjs", file.toString()).directory(validator.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("Node could not be started to validate " + file + ": " + e.getMessage(), e);
        }
        if (!node.waitFor(120, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("the OpenAPI validator did not finish in 120 s");
        }
        String output = Files.readString(log);
        Files.delete(log);
        System.out.println("OpenAPI validator: " + output.strip());
        assertEquals("the OpenAPI validator's verdict on " + file + ": " + output, 0, node.exitValue());
        assertTrue(output, output.startsWith("VALID: SOSU Hub API"));
    }

    @Test
    public void parametersAnswersAndErrorsAreTyped() {
        JsonNode doc = get(User.NOBODY, "/api/v1/openapi.json").expect(200).json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertEquals("/api/v1", doc.get("servers").get(0).get("url").asText());
        assertEquals("basic", doc.at("/components/securitySchemes/basicAuth/scheme").asText());
        assertEquals("http", doc.at("/components/securitySchemes/basicAuth/type").asText());
        assertTrue(doc.at("/info/version").asText().length() > 0);
        JsonNode paths = doc.get("paths");

        JsonNode cohort = paths.get("/municipalities/{code}/kpis/cohort").get("get");
        assertEquals("integer", parameter(cohort, "year").at("/schema/type").asText());
        JsonNode programme = parameter(cohort, "programme");
        assertTrue(programme.get("required").asBoolean());
        assertTrue(programme.toString(), programme.toString().contains("SSH") && programme.toString().contains("SSA"));
        assertEquals("#/components/schemas/CohortKpi", cohort.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/Problem",
                cohort.at("/responses/422/content/application~1problem+json/schema/$ref").asText());

        JsonNode student = paths.get("/municipalities/{code}/students/{id}").get("get");
        assertEquals("integer", parameter(student, "id").at("/schema/type").asText());
        assertEquals("int64", parameter(student, "id").at("/schema/format").asText());
        JsonNode list = paths.get("/municipalities/{code}/students").get("get");
        assertTrue(parameter(list, "status").at("/schema/enum").isArray());
        assertEquals("integer", parameter(list, "limit").at("/schema/type").asText());
        assertEquals("date", parameter(paths.get("/municipalities/{code}/kpis/early-warnings").get("get"), "date")
                .at("/schema/format").asText());

        JsonNode created = paths.get("/municipalities/{code}/students").get("post").at("/responses/201/content/application~1json/schema/$ref");
        assertEquals("#/components/schemas/Student", created.asText());
        assertEquals("string", paths.get("/municipalities/{code}/kpis/report.csv").get("get")
                .at("/responses/200/content/text~1csv/schema/type").asText());
        for (JsonNode item : paths) {
            item.forEach(op -> {
                assertTrue(op.get("operationId").asText(), op.get("responses").has("401"));
                op.get("responses").fields().forEachRemaining(r -> {
                    if (!r.getKey().equals("204") && !r.getValue().has("content") && !r.getKey().equals("200")) {
                        fail(op.get("operationId").asText() + " answers " + r.getKey() + " without a schema");
                    }
                });
            });
        }
        assertTrue(doc.at("/components/schemas/User/properties").size() > 0);
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode p : operation.get("parameters")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + operation.get("operationId"));
    }

    /** tools/openapi-validator of this checkout, found upwards from the booted distribution's folder. */
    private static Path validatorFolder() {
        File dir = new File(System.getProperty("karaf.home", ".")).getAbsoluteFile();
        for (File d = dir; d != null; d = d.getParentFile()) {
            Path candidate = d.toPath().resolve("tools/openapi-validator");
            if (Files.isRegularFile(candidate.resolve("package.json"))) {
                return candidate;
            }
        }
        throw new AssertionError("tools/openapi-validator not found above " + dir);
    }
}
