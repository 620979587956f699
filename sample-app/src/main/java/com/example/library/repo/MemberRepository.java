package com.example.library.repo;

import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.time.LocalDate;
import java.util.Optional;

/** The library's members. */
@SqlRepository
public interface MemberRepository {

  /** A member row; {@code display_name} was {@code full_name} before the 2024-03 migration. */
  record Member(long id, String email, String displayName, LocalDate joinedOn) {}

  @Query(
      """
      INSERT INTO members (email, display_name, joined_on)
      VALUES (:email, :displayName, :joinedOn)
      RETURNING id""")
  long insert(String email, String displayName, LocalDate joinedOn);

  /** The portable form of {@link #insert}. */
  @Query(
      """
      INSERT INTO members (email, display_name, joined_on)
      VALUES (:email, :displayName, :joinedOn)""")
  int insertRow(String email, String displayName, LocalDate joinedOn);

  @Query("SELECT id, email, display_name, joined_on FROM members WHERE email = :email")
  Optional<Member> findByEmail(String email);

  @Query("UPDATE members SET display_name = :displayName WHERE id = :id")
  int rename(long id, String displayName);

  @Query("DELETE FROM members WHERE email = :email")
  int deleteByEmail(String email);

  @Query("SELECT count(*) FROM members")
  long count();
}
