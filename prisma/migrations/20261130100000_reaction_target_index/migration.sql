-- The discussion page counts reactions by target ("post:<id>", "response:<id>"), and open tabs poll a stamp that
-- does too: with only the (userId, targetKey, emoji) key each was a scan of every reaction (25 ms at 200,000).
-- CreateIndex
CREATE INDEX "Reaction_targetKey_idx" ON "Reaction"("targetKey");
