import { databasePath, migrateDatabase } from './prepare-data.mjs';

migrateDatabase();
console.log(`Migrated ${databasePath()}`);
