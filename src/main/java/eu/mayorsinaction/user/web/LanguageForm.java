package eu.mayorsinaction.user.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The person's preferred language, as the account page posts it.
 */
record LanguageForm(@NotBlank String preferredLanguage) {

}
