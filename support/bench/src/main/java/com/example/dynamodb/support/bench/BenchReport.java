package com.example.dynamodb.support.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The report of a benchmark run: a table for the console, the same table in
 * {@code target/bench/results.md} with the machine line, and a chart in
 * {@code target/bench/results.png}, one panel per benchmark class.
 *
 * <pre>{@code
 * List<BenchReport.Row> rows = List.of(
 *     new BenchReport.Row("ParallelScanBenchmark", "scanWholeTable", "segments=1", 41.2, 3.1, "ms/op", false));
 * System.out.println(BenchReport.table(rows));
 * BenchReport.write(Path.of("target/bench"), "Machine: ...", "JMH 1.37, ...", rows);
 * }</pre>
 */
public final class BenchReport {

    static {
        // Draw without a display: benchmarks run on servers and in CI.
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 900;

    /**
     * One result: {@code group} is the benchmark class (one chart panel each), {@code benchmark}
     * the method, {@code params} its parameters ("segments=2"), {@code relativeToFirst} whether
     * the class asked for ratios to its first result ({@link RelativeToFirst}).
     */
    public record Row(
            String group,
            String benchmark,
            String params,
            double score,
            double error,
            String unit,
            boolean relativeToFirst) {

        String label() {
            return params.isEmpty() ? benchmark : benchmark + " [" + params + "]";
        }
    }

    private BenchReport() {}

    /** The results as a Markdown table; a "vs first" column appears when a class asked for ratios. */
    public static String table(List<Row> rows) {
        boolean ratios = rows.stream().anyMatch(Row::relativeToFirst);
        Map<String, Double> firstScore = firstScores(rows);
        List<String[]> cells = new ArrayList<>();
        cells.add(
                ratios
                        ? new String[] {"benchmark", "params", "score", "± error", "unit", "vs first"}
                        : new String[] {"benchmark", "params", "score", "± error", "unit"});
        for (Row row : rows) {
            String[] line = {
                row.group() + "." + row.benchmark(),
                row.params(),
                String.format(Locale.ROOT, "%.3f", row.score()),
                String.format(Locale.ROOT, "%.3f", row.error()),
                row.unit(),
                row.relativeToFirst()
                        ? String.format(Locale.ROOT, "%.2f×", row.score() / firstScore.get(row.group()))
                        : ""
            };
            cells.add(ratios ? line : Arrays.copyOf(line, 5));
        }
        int[] widths = new int[cells.get(0).length];
        cells.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            out.append('|');
            for (int i = 0; i < widths.length; i++) {
                out.append(' ')
                        .append(String.format("%-" + widths[i] + "s", cells.get(r)[i]))
                        .append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int w : widths) {
                    out.append("-".repeat(w + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The Markdown report: a heading, the machine and settings lines, the table, the chart. */
    public static String markdown(String title, String machine, String settings, List<Row> rows) {
        return "# " + title + "\n\n" + machine + "  \n" + settings + "\n\n" + table(rows) + "\n![chart](results.png)\n";
    }

    /**
     * Writes {@code results.md} and {@code results.png} into {@code dir} (created if missing) and
     * returns the two paths.
     */
    public static List<Path> write(Path dir, String machine, String settings, List<Row> rows) throws IOException {
        Files.createDirectories(dir);
        Path absolute = dir.toAbsolutePath().normalize();
        // <module>/target/bench: the module's folder names the report.
        Path module = absolute.getParent() == null ? null : absolute.getParent().getParent();
        String title = "Benchmark results"
                + (module == null || module.getFileName() == null ? "" : ": " + module.getFileName());
        Path markdown = dir.resolve("results.md");
        Files.writeString(markdown, markdown(title, machine, settings, rows), StandardCharsets.UTF_8);
        Path png = dir.resolve("results.png");
        ImageIO.write(chart(machine, rows), "png", png.toFile());
        return List.of(markdown, png);
    }

    /** One horizontal bar panel per benchmark class, stacked; scores with error bars, or ratios. */
    static BufferedImage chart(String machine, List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.forEach(row ->
                groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row));
        List<BufferedImage> panels = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
            JFreeChart chart = panel(group.getKey(), group.getValue());
            if (first) {
                chart.addSubtitle(new TextTitle(machine));
                first = false;
            }
            int height = 130 + 40 * group.getValue().size();
            panels.add(chart.createBufferedImage(WIDTH, height));
        }
        int total =
                Math.max(1, panels.stream().mapToInt(BufferedImage::getHeight).sum());
        BufferedImage image = new BufferedImage(WIDTH, total, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, total);
        int y = 0;
        for (BufferedImage panel : panels) {
            g.drawImage(panel, 0, y, null);
            y += panel.getHeight();
        }
        g.dispose();
        return image;
    }

    private static JFreeChart panel(String group, List<Row> rows) {
        Row baseline = rows.get(0);
        JFreeChart chart;
        if (baseline.relativeToFirst()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            rows.forEach(row -> data.addValue(row.score() / baseline.score(), "ratio", row.label()));
            chart = ChartFactory.createBarChart(
                    group, null, "× " + baseline.label(), data, PlotOrientation.HORIZONTAL, false, false, false);
        } else {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            rows.forEach(row -> data.add(row.score(), row.error(), "score", row.label()));
            chart = ChartFactory.createBarChart(
                    group,
                    null,
                    baseline.unit() + " (mean ± 99.9% error)",
                    data,
                    PlotOrientation.HORIZONTAL,
                    false,
                    false,
                    false);
            chart.getCategoryPlot().setRenderer(new StatisticalBarRenderer());
        }
        CategoryPlot plot = chart.getCategoryPlot();
        if (rows.stream().allMatch(row -> row.score() >= 0)) {
            // A time or a rate is never negative, even where its error bar would reach below zero.
            plot.getRangeAxis().setLowerBound(0);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.45f);
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, new Color(0x3b, 0x75, 0xaf));
        ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Map<String, Double> firstScores(List<Row> rows) {
        Map<String, Double> first = new LinkedHashMap<>();
        rows.forEach(row -> first.putIfAbsent(row.group(), row.score()));
        return first;
    }
}
