-- Vejledninger: en note pr. vejledning (æ, ø, å)
CREATE TABLE guide_note (
  id BIGINT NOT NULL PRIMARY KEY,
  tekst VARCHAR(200)
);
