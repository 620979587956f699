package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.Suggestions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void swappedLetters_countAsOneEdit() {
    assertEquals(1, Suggestions.distance("emial", "email"));
    assertEquals(Optional.of("email"), Suggestions.closest("emial", List.of("id", "email")));
  }

  @Test
  void closeName_suggested() {
    assertEquals(Optional.of("books"), Suggestions.closest("bookz", List.of("books", "users")));
    assertEquals(
        Optional.of("display_name"),
        Suggestions.closest("display_nam", List.of("display_name", "email")));
  }

  @Test
  void farName_notSuggested() {
    assertEquals(Optional.empty(), Suggestions.closest("zzzzzz", List.of("books", "users")));
    assertEquals(Optional.empty(), Suggestions.closest("title", List.of("id", "email")));
  }

  @Test
  void tie_notSuggested() {
    assertEquals(Optional.empty(), Suggestions.closest("bat", List.of("cat", "hat")));
  }

  @Test
  void veryShortNames_neverGuessed() {
    assertEquals(Optional.empty(), Suggestions.closest("ix", List.of("id")));
  }

  @Test
  void extraLetterOnShortName_suggested() {
    assertEquals(Optional.of("id"), Suggestions.closest("idd", List.of("id", "email")));
  }

  @Test
  void caseDifference_isFree() {
    assertEquals(Optional.of("Email"), Suggestions.closest("email", List.of("Email")));
  }

  @Test
  void hint_formatsDidYouMean() {
    assertEquals("did you mean \"email\"?", Suggestions.hint("emial", List.of("email")));
    assertEquals(null, Suggestions.hint("qqqq", List.of("email")));
  }
}
