package eu.mayorsinaction.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PasswordResetRepository extends ListCrudRepository<PasswordReset, Long> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	List<PasswordReset> findByUserIdAndUsedAtIsNull(Long userId);

}
