package com.example.library.repo;

import com.example.library.LoanStatus;
import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Copies on the shelves and the loans of them. */
@SqlRepository
public interface LoanRepository {

  /** A loan just made: its id and when it is due. */
  record NewLoan(long id, LocalDate dueOn) {}

  /** One loan of a member, returned or not. */
  record Loan(long id, String title, LoanStatus status, LocalDate loanedOn, LocalDate returnedOn) {}

  /** A row of the {@code open_loans} view. */
  record OpenLoan(long loanId, String email, String title, LocalDate dueOn) {}

  @Query(
      """
      INSERT INTO copies (book_id, shelf, acquired_on)
      VALUES (:bookId, :shelf, :acquiredOn)""")
  int addCopy(long bookId, String shelf, LocalDate acquiredOn);

  /** A copy of the book that is on the shelf now, if there is one. */
  @Query(
      """
      SELECT c.id
      FROM copies c
      LEFT JOIN loans l ON l.copy_id = c.id AND l.returned_on IS NULL
      WHERE c.book_id = :bookId AND l.id IS NULL
      ORDER BY c.id
      LIMIT 1""")
  Optional<Long> findAvailableCopy(long bookId);

  @Query(
      """
      INSERT INTO loans (copy_id, member_id, loaned_on, due_on)
      VALUES (:copyId, :memberId, :loanedOn, :dueOn)
      RETURNING id, due_on""")
  NewLoan lend(long copyId, long memberId, LocalDate loanedOn, LocalDate dueOn);

  /** The portable form of {@link #lend}. */
  @Query(
      """
      INSERT INTO loans (copy_id, member_id, loaned_on, due_on)
      VALUES (:copyId, :memberId, :loanedOn, :dueOn)""")
  int lendRow(long copyId, long memberId, LocalDate loanedOn, LocalDate dueOn);

  @Query(
      """
      UPDATE loans SET returned_on = :returnedOn, status = 'RETURNED'
      WHERE id = :loanId AND returned_on IS NULL""")
  int giveBack(long loanId, LocalDate returnedOn);

  /** Marks loans overdue since before {@code cutoff} as lost, and says which. */
  @Query(
      """
      UPDATE loans SET status = 'LOST'
      WHERE due_on < :cutoff AND returned_on IS NULL AND status = 'ACTIVE'
      RETURNING id""")
  List<Long> markLost(LocalDate cutoff);

  /** The portable form of {@link #markLost}. */
  @Query(
      """
      UPDATE loans SET status = 'LOST'
      WHERE due_on < :cutoff AND returned_on IS NULL AND status = 'ACTIVE'""")
  int markLostRows(LocalDate cutoff);

  @Query(
      """
      SELECT l.id, b.title, l.status, l.loaned_on, l.returned_on
      FROM loans l
      JOIN copies c ON c.id = l.copy_id
      JOIN books b ON b.id = c.book_id
      WHERE l.member_id = :memberId
      ORDER BY l.loaned_on, l.id""")
  List<Loan> loansOf(long memberId);

  @Query("SELECT id FROM loans WHERE member_id = :memberId AND returned_on IS NULL ORDER BY id")
  List<Long> openLoanIds(long memberId);

  @Query(
      """
      SELECT loan_id, email, title, due_on
      FROM open_loans
      WHERE due_on < :today
      ORDER BY due_on, loan_id""")
  List<OpenLoan> overdue(LocalDate today);

  @Query("SELECT count(*) FROM loans WHERE status = CAST(:status AS loan_status)")
  long countWithStatus(LoanStatus status);
}
