package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.bench.BenchReport;
import com.example.dynamodb.support.bench.BenchReport.Row;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark report, written from fabricated results: no JMH run needed. */
class BenchReportTest {

    private static final String MACHINE = "Machine: 2 cores (test CPU), 1.0 GiB max heap, Linux amd64, OpenJDK 17";
    private static final String SETTINGS = "Settings: JMH 1.37, 1 fork, 3 × 2 s warm-up, 5 × 2 s measurement";

    private static final List<Row> SCORES = List.of(
            new Row("ParallelScanBenchmark", "scanWholeTable", "segments=1", 40.0, 2.5, "ms/op", false),
            new Row("ParallelScanBenchmark", "scanWholeTable", "segments=2", 25.0, 1.5, "ms/op", false),
            new Row("GetItemBenchmark", "getItem", "", 12000.0, 300.0, "ops/s", false));

    private static final List<Row> RATIOS = List.of(
            new Row("SegmentsBenchmark", "scan", "segments=1", 40.0, 2.0, "ms/op", true),
            new Row("SegmentsBenchmark", "scan", "segments=4", 10.0, 1.0, "ms/op", true));

    @Test
    @DisplayName("results.md holds the machine line, the settings and one table row per result")
    void markdownTable(@TempDir Path module) throws Exception {
        Path dir = module.resolve("target").resolve("bench");

        List<Path> written = BenchReport.write(dir, MACHINE, SETTINGS, SCORES);

        assertThat(written).containsExactly(dir.resolve("results.md"), dir.resolve("results.png"));
        List<String> lines = Files.readAllLines(dir.resolve("results.md"));
        assertThat(lines.get(0)).isEqualTo("# Benchmark results: " + module.getFileName());
        assertThat(lines).contains(MACHINE + "  ", SETTINGS, "![chart](results.png)");
        List<String> table = lines.stream().filter(l -> l.startsWith("|")).toList();
        assertThat(table).hasSize(2 + SCORES.size());
        assertThat(table.get(0)).matches("\\| benchmark +\\| params +\\| score +\\| ± error +\\| unit +\\|");
        assertThat(table.get(1)).matches("\\|(-+\\|){5}");
        assertThat(table.get(2))
                .matches(
                        "\\| ParallelScanBenchmark.scanWholeTable +\\| segments=1 +\\| 40.000 +\\| 2.500 +\\| ms/op +\\|");
        assertThat(table.get(4)).contains("GetItemBenchmark.getItem", "12000.000", "ops/s");
    }

    @Test
    @DisplayName("results.png is an image that ImageIO opens, one panel per benchmark class")
    void chartIsAnImage(@TempDir Path dir) throws Exception {
        BenchReport.write(dir, MACHINE, SETTINGS, SCORES);

        BufferedImage image = ImageIO.read(dir.resolve("results.png").toFile());

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
        // Two panels: 130 px each plus 40 px per bar (2 bars, then 1).
        assertThat(image.getHeight()).isEqualTo(130 + 2 * 40 + 130 + 40);
    }

    @Test
    @DisplayName("a class marked @RelativeToFirst gets a 'vs first' column with ratios to its first result")
    void ratios(@TempDir Path dir) throws Exception {
        BenchReport.write(dir, MACHINE, SETTINGS, RATIOS);

        List<String> table = Files.readAllLines(dir.resolve("results.md")).stream()
                .filter(l -> l.startsWith("|"))
                .toList();
        assertThat(table.get(0)).endsWith("| vs first |");
        assertThat(table.get(2)).endsWith("| 1.00×    |");
        assertThat(table.get(3)).endsWith("| 0.25×    |");
        assertThat(ImageIO.read(dir.resolve("results.png").toFile())).isNotNull();
    }
}
