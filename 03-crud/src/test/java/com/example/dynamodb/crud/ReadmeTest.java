package com.example.dynamodb.crud;

import com.example.dynamodb.support.ReadmeCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeTest {
    @Test
    void excerptsMatchTheSource() {
        ReadmeCheck.assertExcerptsMatchSource(Path.of("README.md"));
    }

    @Test
    void linksPointAtFiles() {
        ReadmeCheck.assertLinksResolve(Path.of("README.md"));
    }
}
