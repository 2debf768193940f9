-- Items are written only with their order: one pipeline of one transaction inserts the order row and then
-- its items (WarehouseStore.write), and nothing else writes either table, so the foreign key guarded
-- against nothing that can happen. It cost a query per item (45 ms of a 10,000-item order), and that
-- query's plan is made from the statistics of customer_order: taken while the table was small, they make
-- it a sequential scan per item, whatever the table has grown to since. With statistics gathered early,
-- a full day of 1,000 warehouses took 12 to 14 s instead of 8 to 10.
ALTER TABLE order_item DROP CONSTRAINT order_item_order_id_fkey;
