-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isAdmin" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "InstructorInvite" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "InstructorInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InstructorInvite_tokenHash_key" ON "InstructorInvite"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "InstructorInvite_usedById_key" ON "InstructorInvite"("usedById");

-- CreateIndex
CREATE INDEX "InstructorInvite_createdAt_idx" ON "InstructorInvite"("createdAt");

-- AddForeignKey
ALTER TABLE "InstructorInvite" ADD CONSTRAINT "InstructorInvite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstructorInvite" ADD CONSTRAINT "InstructorInvite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

