package com.example.dynamodb.support.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a benchmark class to chart its results as ratios to its first result instead of raw
 * scores: the report's table gains a "vs first" column, the chart shows "× first". JMH runs a
 * class's methods in alphabetical order and each {@code @Param} in the order declared, so with
 * {@code @Param({"1", "2", "4"}) int segments} the baseline is 1 segment:
 *
 * <pre>{@code
 * @RelativeToFirst
 * @State(Scope.Benchmark)
 * public class ParallelScanBenchmark { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RelativeToFirst {}
