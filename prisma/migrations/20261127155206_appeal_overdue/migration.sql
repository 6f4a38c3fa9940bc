-- AlterTable
ALTER TABLE "RefusalReport" ADD COLUMN     "appealOverdueNotifiedAt" TIMESTAMP(3);
