CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id INT NOT NULL,
    note ${note_type} NOT NULL DEFAULT '',
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES ${customers} (id)
) ENGINE=InnoDB;
