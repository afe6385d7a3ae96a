package com.example.dynamodb.support;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The checks every lesson's README and snippets must pass; a module runs them with one line:
 * {@code class ReadmeTest extends LessonReadmeChecks {}}. Tests run with the module folder as the
 * working directory, so {@code README.md} is the module's own.
 */
public abstract class LessonReadmeChecks {

    @Test
    @DisplayName("code excerpts in the README equal the tagged regions of the source")
    void excerptsMatchTheSource() {
        ReadmeCheck.assertExcerptsMatchSource(Path.of("README.md"));
    }

    @Test
    @DisplayName("every code fence in the README opens and closes")
    void fencesClose() {
        ReadmeCheck.assertFencesClose(Path.of("README.md"));
    }

    @Test
    @DisplayName("every tagged region compiles on its own, in another package, without the support code")
    void regionsCompileAlone() {
        SnippetCompileCheck.assertRegionsCompile(Path.of(""));
    }

    @Test
    @DisplayName("every README section the exercises quote (\"6. FilterExpression\") exists in the README")
    void exercisesQuoteExistingSections() {
        SectionReferences.assertExerciseReferencesExist(Path.of(""));
    }

    @Test
    @DisplayName("every relative link in the README points at a file")
    void linksPointAtFiles() {
        ReadmeCheck.assertLinksResolve(Path.of("README.md"));
    }
}
