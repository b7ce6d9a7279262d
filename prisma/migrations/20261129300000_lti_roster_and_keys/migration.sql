-- CreateEnum
CREATE TYPE "LtiMemberStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'REMOVED');

-- AlterTable
ALTER TABLE "LtiContext" ADD COLUMN     "membershipsUrl" TEXT,
ADD COLUMN     "rosterSyncedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "LtiToolKey" ADD COLUMN     "activatedAt" TIMESTAMP(3);

-- Keys made before this migration signed from when they were made.
UPDATE "LtiToolKey" SET "activatedAt" = "createdAt";

-- CreateTable
CREATE TABLE "LtiMembership" (
    "id" TEXT NOT NULL,
    "contextId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "LtiMemberStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LtiMembership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LtiMembership_userId_idx" ON "LtiMembership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiMembership_contextId_userId_key" ON "LtiMembership"("contextId", "userId");

-- AddForeignKey
ALTER TABLE "LtiMembership" ADD CONSTRAINT "LtiMembership_contextId_fkey" FOREIGN KEY ("contextId") REFERENCES "LtiContext"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiMembership" ADD CONSTRAINT "LtiMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
