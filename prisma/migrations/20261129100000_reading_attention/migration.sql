-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "trackReading" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ReadingVisit" (
    "assignmentId" TEXT NOT NULL,
    "essayId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "firstOpenedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reachedEndAt" TIMESTAMP(3),
    "lastBatchAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientId" TEXT NOT NULL,
    "lastSeq" INTEGER NOT NULL,

    CONSTRAINT "ReadingVisit_pkey" PRIMARY KEY ("assignmentId","essayId","studentId")
);

-- CreateTable
CREATE TABLE "ReadingTime" (
    "assignmentId" TEXT NOT NULL,
    "passageId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "ms" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingTime_pkey" PRIMARY KEY ("assignmentId","passageId","studentId")
);

-- CreateIndex
CREATE INDEX "ReadingVisit_studentId_idx" ON "ReadingVisit"("studentId");

-- CreateIndex
CREATE INDEX "ReadingVisit_essayId_idx" ON "ReadingVisit"("essayId");

-- CreateIndex
CREATE INDEX "ReadingTime_studentId_idx" ON "ReadingTime"("studentId");

-- CreateIndex
CREATE INDEX "ReadingTime_passageId_idx" ON "ReadingTime"("passageId");

-- AddForeignKey
ALTER TABLE "ReadingVisit" ADD CONSTRAINT "ReadingVisit_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingVisit" ADD CONSTRAINT "ReadingVisit_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingVisit" ADD CONSTRAINT "ReadingVisit_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingTime" ADD CONSTRAINT "ReadingTime_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingTime" ADD CONSTRAINT "ReadingTime_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingTime" ADD CONSTRAINT "ReadingTime_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
