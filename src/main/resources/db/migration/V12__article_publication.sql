-- Other outlets that published an article's exact text (wire copy, syndication). The text and its statements are
-- stored once; each outlet that carried it is kept, so a reader sees everywhere a statement was reported.
CREATE TABLE article_publication (
    article_id   bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    outlet       text        NOT NULL CHECK (btrim(outlet) <> '' AND length(outlet) <= 200),
    url          text        CHECK (length(url) <= 2000),
    published_on date        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, outlet)
);
