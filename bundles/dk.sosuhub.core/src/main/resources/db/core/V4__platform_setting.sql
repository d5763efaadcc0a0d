-- Facts about the platform's own database, e.g. whether it was created in demo mode (database.origin).
CREATE TABLE platform_setting (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
