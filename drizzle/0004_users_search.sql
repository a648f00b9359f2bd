-- Substring search over people's names and e-mails that stays cheap at 30,000+ accounts, and
-- finds "Zoë" when "zoe" is typed. Kept in step with users by triggers.
CREATE VIRTUAL TABLE users_search USING fts5(name, email, content='users', content_rowid='id', tokenize='trigram remove_diacritics 1');
--> statement-breakpoint
INSERT INTO users_search(users_search) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER users_search_after_insert AFTER INSERT ON users BEGIN
  INSERT INTO users_search(rowid, name, email) VALUES (new.id, new.name, new.email);
END;
--> statement-breakpoint
CREATE TRIGGER users_search_after_delete AFTER DELETE ON users BEGIN
  INSERT INTO users_search(users_search, rowid, name, email) VALUES ('delete', old.id, old.name, old.email);
END;
--> statement-breakpoint
CREATE TRIGGER users_search_after_update AFTER UPDATE OF name, email ON users BEGIN
  INSERT INTO users_search(users_search, rowid, name, email) VALUES ('delete', old.id, old.name, old.email);
  INSERT INTO users_search(rowid, name, email) VALUES (new.id, new.name, new.email);
END;
