package com.example.library;

/** The {@code loan_status} enum of schema.sql, bound and read by its constant names. */
public enum LoanStatus {
  ACTIVE,
  RETURNED,
  LOST
}
