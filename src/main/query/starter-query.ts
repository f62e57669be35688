/** The first tab's SQL on a fresh install: a useful question over the demo store, and how to run it. */
export const STARTER_SQL = `-- Revenue by category over the demo store's last 12 months.
-- Ctrl/Cmd+Enter runs the statement under the cursor; write parameters as @name.
SELECT
  p.category,
  round(sum(oi.sale_price), 2) AS revenue,
  count(DISTINCT oi.order_id) AS orders,
  round(sum(oi.sale_price) / count(DISTINCT oi.order_id), 2) AS avg_order_value
FROM order_items AS oi
JOIN products AS p ON p.id = oi.product_id
WHERE oi.status NOT IN ('Cancelled', 'Returned')
  AND oi.created_at >= TIMESTAMP '2025-11-01'
GROUP BY p.category
ORDER BY revenue DESC;
`;
