package eu.mayorsinaction.user;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

	Optional<AppUser> findByEmail(String email);

	boolean existsByEmail(String email);

}
