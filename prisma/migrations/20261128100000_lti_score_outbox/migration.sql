-- CreateEnum
CREATE TYPE "LtiScoreStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'SUPERSEDED');

-- AlterTable
ALTER TABLE "LtiResourceLink" ADD COLUMN     "lineItemUrl" TEXT;

-- CreateTable
CREATE TABLE "LtiScoreOutbox" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "resourceLinkId" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,
    "userSub" TEXT NOT NULL,
    "lineItemUrl" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "scoreGiven" DOUBLE PRECISION,
    "scoreMaximum" DOUBLE PRECISION,
    "comment" TEXT,
    "activityProgress" TEXT NOT NULL,
    "gradingProgress" TEXT NOT NULL,
    "timestamp" TIMESTAMP(3) NOT NULL,
    "status" "LtiScoreStatus" NOT NULL DEFAULT 'PENDING',
    "tries" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiScoreOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LtiScoreOutbox_status_nextAttemptAt_idx" ON "LtiScoreOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "LtiScoreOutbox_resourceLinkId_userSub_idx" ON "LtiScoreOutbox"("resourceLinkId", "userSub");

-- CreateIndex
CREATE UNIQUE INDEX "LtiScoreOutbox_attemptId_resourceLinkId_version_key" ON "LtiScoreOutbox"("attemptId", "resourceLinkId", "version");

-- AddForeignKey
ALTER TABLE "LtiScoreOutbox" ADD CONSTRAINT "LtiScoreOutbox_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiScoreOutbox" ADD CONSTRAINT "LtiScoreOutbox_resourceLinkId_fkey" FOREIGN KEY ("resourceLinkId") REFERENCES "LtiResourceLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiScoreOutbox" ADD CONSTRAINT "LtiScoreOutbox_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

