"""Operations the front ends call: each one a transaction over the store (no Qt)."""
