-- When each module was first installed on the platform (its migrations first ran). Never deleted: an
-- uninstalled module keeps its row, as it keeps its tables.
CREATE TABLE module_installation (
    module_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    first_installed_at TIMESTAMP   NOT NULL
);
