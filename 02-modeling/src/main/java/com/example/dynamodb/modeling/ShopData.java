package com.example.dynamodb.modeling;

import java.util.List;

/** The e-commerce sample shared by the single-table and multi-table versions (plain Java). */
public final class ShopData {

    public record Customer(String id, String name, String email) {}

    public record Product(String id, String name, int price) {}

    public record Line(String productId, int quantity) {}

    public record ShopOrder(String id, String customerId, String date, List<Line> lines) {}

    public static final List<Customer> CUSTOMERS = List.of(
            new Customer("c1", "Ana Silva", "ana@example.com"), new Customer("c2", "Bo Berg", "bo@example.com"));

    public static final List<Product> PRODUCTS =
            List.of(new Product("p1", "Teapot", 25), new Product("p2", "Cups (4)", 18), new Product("p3", "Tea", 9));

    public static final List<ShopOrder> ORDERS = List.of(
            new ShopOrder("o1", "c1", "2026-10-28", List.of(new Line("p1", 1), new Line("p3", 2))),
            new ShopOrder("o2", "c1", "2026-11-03", List.of(new Line("p3", 5))),
            new ShopOrder("o3", "c2", "2026-11-04", List.of(new Line("p2", 1), new Line("p3", 1))),
            new ShopOrder("o4", "c1", "2026-11-20", List.of(new Line("p2", 2))));

    private ShopData() {}
}
