ALTER TABLE guide_note ADD COLUMN forfatter VARCHAR(100);
