-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "onePerPage" BOOLEAN NOT NULL DEFAULT false;
