// npm run db:seed: fills an empty database with the demo term. Never touches one that has people in it.
import { openDatabase, databasePath } from '../client';
import { hashPassword } from '../../lib/auth/password';
import { DEMO_PASSWORD, isSeeded, seedDemo } from './demo';

async function main() {
  const { sqlite, db } = openDatabase();
  try {
    if (isSeeded(db)) {
      console.log(`${databasePath()} already has accounts; left as it is (npm run demo -- --reset starts over).`);
      return;
    }
    // One hash for every demo account: they share the demo password anyway, and seeding stays quick.
    seedDemo(db, await hashPassword(DEMO_PASSWORD));
    console.log(`Seeded demo accounts into ${databasePath()} (password: ${DEMO_PASSWORD}).`);
  } finally {
    sqlite.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
