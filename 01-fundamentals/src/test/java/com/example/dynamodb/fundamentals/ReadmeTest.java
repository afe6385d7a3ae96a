package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.ReadmeCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadmeTest {

    @Test
    @DisplayName("code excerpts in the README equal the tagged regions of the source")
    void excerptsMatchTheSource() {
        ReadmeCheck.assertExcerptsMatchSource(Path.of("README.md"));
    }

    @Test
    @DisplayName("every relative link in the README points at a file")
    void linksPointAtFiles() {
        ReadmeCheck.assertLinksResolve(Path.of("README.md"));
    }
}
